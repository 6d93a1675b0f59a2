// The transform node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { defineKind } from "../../../catalog/defineKind";
import { arrayCheck, codeSummary, fnParam } from "../../../catalog/params";

export const transform = defineKind({
  kind: "transform",
  label: "transform",
  category: "transformation",
  sparkMethod: "DStream.transform",
  doc: "Applies an RDD-to-RDD function to every batch (DStream.transform), optionally joining a static table.",
  inputs: { min: 1, max: 1 },
  requiresPairInput: false,
  output: "unknown",
  needsCheckpoint: false,
  params: [
    fnParam(
      "fn",
      "Function",
      "(rdd, timeMs, table) => RDD",
      '(rdd, timeMs, table) => rdd.filter((x) => x !== "")',
      "Receives the batch's RDD, its time and the static table (an RDD, or undefined), and returns an RDD.",
    ),
    {
      name: "table",
      label: "Static table",
      param: { type: "json", placeholder: '[["user-1", "Ada"]]' },
      default: null,
      optional: true,
      doc: "Optional JSON rows parallelized once (SparkContext.parallelize) and passed as `table`, e.g. for rdd.join(table).",
      validate: arrayCheck("The static table"),
    },
  ],
  summary: (p) => codeSummary(p.fn),
});
