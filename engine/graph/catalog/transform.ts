// transform / transformWith: arbitrary RDD-to-RDD functions, run once per batch.
import type { NodeKindSpec } from "../types";
import { call, fn, otherInput } from "./api";
import { arrayCheck, codeSummary, fnParam } from "./params";

export const transform: NodeKindSpec = {
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
};

export const transformWith: NodeKindSpec = {
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
};

export const transforms = [transform, transformWith];
