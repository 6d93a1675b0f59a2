// The staticTable node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { defineKind } from "../../../catalog/defineKind";
import { pairRowsCheck } from "../../../catalog/params";
import { source } from "../common";

export const staticTable = defineKind({
  ...source,
  kind: "staticTable",
  label: "static table",
  sparkMethod: "ConstantInputDStream(ssc, sc.parallelize(rows))",
  doc: "A static table (sc.parallelize) returned as the same RDD every batch (ConstantInputDStream), to join a stream with.",
  output: "pair",
  needsCheckpoint: false,
  params: [
    {
      name: "rows",
      label: "Rows",
      param: { type: "json", placeholder: '[["user-1", "Ada"], ["user-2", "Linus"]]' },
      default: [
        ["user-1", "Ada"],
        ["user-2", "Grace"],
        ["user-3", "Linus"],
      ],
      doc: "A JSON array of [key, value] rows, parallelized once (SparkContext.parallelize).",
      validate: pairRowsCheck("Rows"),
    },
  ],
  summary: (p) => `${Array.isArray(p.rows) ? p.rows.length : 0} rows`,
});
