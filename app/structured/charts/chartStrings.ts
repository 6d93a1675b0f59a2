// The Structured Streaming charts' words, read from the message catalog (i18n/en/structured.ts) when
// shown. Titles are those of Spark's Structured Streaming UI (the query's statistics page).
import { catalogStrings } from "../../i18n/catalogStrings";
import "../../i18n/later/structured";

export const chartStrings = catalogStrings("structured.charts", [
  "inputRate",
  "processRate",
  "inputRows",
  "batchDuration",
  "operationDuration",
  "otherPhases",
  "watermarkGap",
  "stateRows",
  "stateRowsUpdated",
  "droppedRows",
  "latency",
  "empty",
] as const);
