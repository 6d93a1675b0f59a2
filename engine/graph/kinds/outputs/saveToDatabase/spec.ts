// The saveToDatabase node kind as plain data: each batch's records as rows of a table, written the
// exactly-once way of Spark's guide (rows keyed by batch time, a batch's rows replaced in one
// transaction, so a replayed batch leaves one row set). Node: SQLite (better-sqlite3) in `file`;
// browser: IndexedDB, shown in the bottom panel's Tables tab. Spark writes it in foreachRDD (JDBC).
import { defineKind } from "../../../catalog/defineKind";
import { output } from "../common";

export const saveToDatabase = defineKind({
  ...output,
  kind: "saveToDatabase",
  label: "foreachRDD → database",
  sparkMethod: "DStream.foreachRDD",
  doc: "Writes every batch as rows of a table, keyed by batch time so a replayed batch replaces its rows (foreachRDD with an idempotent, transactional write): SQLite in Node, IndexedDB in the browser.",
  realWorld: { urls: () => [] },
  params: [
    {
      name: "table",
      label: "Table",
      param: { type: "string", placeholder: "word_counts" },
      default: "word_counts",
      doc: "The table's name: letters, digits and _.",
      validate: (v) =>
        /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(String(v))
          ? undefined
          : "Letters, digits and _ (not first), e.g. word_counts",
    },
    {
      name: "file",
      label: "SQLite file (Node)",
      param: { type: "string", placeholder: "studio.db" },
      default: "studio.db",
      doc: "The SQLite database file in Node and in the exports (JDBC jdbc:sqlite:FILE); the browser uses IndexedDB.",
      validate: (v) => (String(v).trim() === "" ? "The database file is required" : undefined),
    },
  ],
  summary: (p) => `table ${p.table}`,
});
