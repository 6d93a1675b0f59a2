// The Tables tab: the database sink's tables in this browser's IndexedDB.
export const tables = {
  tab: "Tables",
  empty:
    "No tables yet: a foreachRDD → database node writes every batch here, into this browser's IndexedDB.",
  note: "IndexedDB in this browser. Rows are keyed by batch time: a batch written again (a rerun, a replay) replaces its rows, so each batch has exactly one row set.",
  listLabel: "Tables",
  summary: "{{rows}} rows, {{batches}} batches",
  writtenBy: "written by {{node}}, last batch {{time}}",
  column: {
    batchTime: "Batch time (ms)",
    idx: "#",
    key: "Key",
    value: "Value",
    record: "Record",
  },
  range: "Rows {{from}}–{{to}} of {{total}}",
  noRows: "The table has no rows.",
  first: "First",
  previous: "Previous",
  next: "Next",
  last: "Last",
  clear: "Clear table",
  confirmClear: "Delete all {{rows}} rows of {{table}}?",
  confirm: "Delete",
  cancel: "Cancel",
  writeError: "Could not write batch {{time}} to {{table}}: {{message}}",
  readError: "Could not read the tables: {{message}}",
};
