// The transformWith node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, fn, otherInput } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { codeSummary, fnParam } from "../../../catalog/params";

export const transformWith = defineKind({
  kind: "transformWith",
  api: call("transformWith", otherInput, fn("fn", 3)),
  label: "transformWith",
  category: "transformation",
  sparkMethod: "DStream.transformWith",
  doc: "Combines the RDDs of two streams for the same batch with a function (DStream.transformWith).",
  inputs: { min: 2, max: 2, names: ["left", "right"] },
  requiresPairInput: false,
  output: "unknown",
  needsCheckpoint: false,
  params: [
    fnParam(
      "fn",
      "Function",
      "(left, right, timeMs) => RDD",
      "(left, right, timeMs) => left.union(right)",
      "Receives both batches' RDDs and the batch time, and returns an RDD.",
    ),
  ],
  summary: (p) => codeSummary(p.fn),
});
