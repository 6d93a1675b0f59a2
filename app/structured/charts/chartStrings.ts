// The Structured Streaming charts' words, in one place (to move to the studio's message catalog).
// Titles are those of Spark's Structured Streaming UI (the query's statistics page).
export const chartStrings = {
  inputRate: "Input Rate",
  processRate: "Process Rate",
  inputRows: "Input Rows",
  batchDuration: "Batch Duration",
  operationDuration: "Operation Duration (addBatch)",
  otherPhases: "other phases",
  watermarkGap: "Global Watermark Gap",
  stateRows: "Aggregated Number Of Total State Rows",
  stateRowsUpdated: "updated",
  droppedRows: "Aggregated Number Of Rows Dropped By Watermark",
  latency: "Per-record latency",
  empty: "No trigger yet: press Run or Step.",
};
