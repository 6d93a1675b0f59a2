// MemoryStream: rows added by the program, one addData per trigger (Spark's test source, in Scala).
import { defineKind } from "../../../catalog/defineKind";
import { rowsCheck, schemaParam, structuredSource } from "../common";

export const memoryStream = defineKind({
  ...structuredSource,
  kind: "structured.memoryStream",
  label: "MemoryStream",
  sparkMethod: "MemoryStream.addData",
  doc: 'Rows added by hand, one batch per trigger (Spark\'s MemoryStream). Timestamps are written "2026-12-02 12:07:00" (UTC) or as epoch milliseconds.',
  params: [
    schemaParam("timestamp TIMESTAMP, word STRING", "The rows' columns, as a DDL string (name TYPE, ...)."),
    {
      name: "batches",
      label: "Rows per trigger",
      param: { type: "json", placeholder: '[[["2026-12-02 12:07:00", "dog"]]]' },
      default: [
        [
          ["2026-12-02 12:07:00", "dog"],
          ["2026-12-02 12:08:00", "owl"],
        ],
        [
          ["2026-12-02 12:14:00", "dog"],
          ["2026-12-02 12:09:00", "cat"],
        ],
      ],
      doc: "A JSON array of triggers, each an array of rows; a row is an array of values in the schema's order, or an object by column name; null: nothing added before that trigger.",
      validate: rowsCheck("Rows", true),
    },
  ],
  summary: (p) => `${Array.isArray(p.batches) ? p.batches.length : 0} batches · ${p.schema}`,
});
