// writeStream...start(): the query. Its output mode says which result rows each trigger emits, its
// trigger when triggers run; the console sink prints Spark's "Batch: N" tables.
import { defineKind } from "../../../catalog/defineKind";
import { intParam } from "../../../catalog/params";
import { enumParam, intervalParam, structuredKind, textParam } from "../common";

export const writeStream = defineKind({
  ...structuredKind,
  category: "output",
  output: "plain",
  inputs: { min: 1, max: 1 },
  isOutput: true,
  kind: "structured.writeStream",
  label: "writeStream",
  sparkMethod: "DataStreamWriter.start",
  doc: "Starts the streaming query (DataStreamWriter): the output mode (append, update, complete), the trigger (processing-time micro-batches, once, availableNow, continuous) and the sink.",
  params: [
    enumParam(
      "outputMode",
      "Output mode",
      ["append", "update", "complete"],
      "update",
      "append: only rows that never change again; update: rows changed by this trigger; complete: the whole result table.",
    ),
    enumParam(
      "trigger",
      "Trigger",
      ["processingTime", "once", "availableNow", "continuous"],
      "processingTime",
      "When triggers run: every interval (micro-batches), once, until the available data is processed, or continuously (records one at a time).",
    ),
    intervalParam(
      "interval",
      "Interval",
      "1 second",
      "The processing-time trigger's interval, or continuous mode's checkpoint interval.",
    ),
    enumParam(
      "format",
      "Sink",
      ["console", "memory"],
      "console",
      "console prints each trigger's rows; memory keeps them in a table named by queryName.",
    ),
    textParam("queryName", "Query name", "", "The query's name (queryName); the memory sink's table.", true),
    intParam("numRows", "Rows shown", 20, "Rows the console sink prints per trigger (option numRows).", {
      min: 1,
      max: 1000,
    }),
    {
      name: "truncate",
      label: "Truncate",
      param: { type: "boolean" },
      default: true,
      doc: "The console sink cuts values longer than 20 characters (option truncate).",
    },
  ],
  summary: (p) =>
    `${p.outputMode} · ${p.trigger === "processingTime" || p.trigger === "continuous" ? `${p.trigger} ${p.interval}` : p.trigger}`,
});
