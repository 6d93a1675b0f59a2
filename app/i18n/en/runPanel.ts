// The run panel's frame: tabs, collapse, empty states.
export const runPanel = {
  panel: "Run panel",
  resize: "Resize run panel",
  live: "Live simulation",
  noBatches: "No batches yet: press Run or Step.",
  firstBatchComing: "Running: the first batch has not completed yet.",
  loading: "Loading…",
  expand: "Expand run panel",
  collapse: "Collapse run panel",
  expandTitle: "Show charts, batches and outputs",
  collapseTitle: "Hide the run panel: more room for the canvas",
  tab: {
    charts: "Charts",
    batches: "Batches",
    receivers: "Receivers",
    records: "Records",
    console: "Console",
    outputs: "Outputs",
    errors: "Errors",
  },
};
