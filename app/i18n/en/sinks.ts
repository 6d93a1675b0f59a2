// The sinks' strings: the Tables tab (the database sink's IndexedDB tables) and the saved files zip.
import { sinksOnFirstScreen } from "./firstScreen/sinks";

export const sinks = {
  tables: {
    ...sinksOnFirstScreen.tables,
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
  },
  savedFiles: {
    zip_one: "Download as zip (1 batch)",
    zip_other: "Download all as zip ({{count}} batches)",
    zipTitle:
      "Every batch directory of this run in Spark's layout: prefix-TIME_IN_MS.suffix/part-00000 ... and _SUCCESS",
    sampled_one:
      "1 batch had more than 1000 lines: the zip holds its first 1000 and, as an incomplete Spark output, no _SUCCESS.",
    sampled_other:
      "{{count}} batches had more than 1000 lines: the zip holds their first 1000 and, as an incomplete Spark output, no _SUCCESS.",
  },
};
