// The reduceByKeyAndWindow node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { defineKind } from "../../../catalog/defineKind";
import { fnParam, numPartitionsParam, windowParams, windowSummary } from "../../../catalog/params";
import { hasInverse, windowed } from "../common";

export const reduceByKeyAndWindow = defineKind({
  ...windowed,
  kind: "reduceByKeyAndWindow",
  label: "reduceByKeyAndWindow",
  sparkMethod: "PairDStreamFunctions.reduceByKeyAndWindow",
  doc: "Reduces the values of each key over a sliding window (PairDStreamFunctions.reduceByKeyAndWindow), incrementally with an inverse function.",
  requiresPairInput: true,
  output: "pair",
  needsCheckpoint: hasInverse,
  params: [
    fnParam(
      "fn",
      "Reduce",
      "(a, b) => value",
      "(a, b) => a + b",
      "An associative and commutative function of two values.",
    ),
    fnParam(
      "invFn",
      "Inverse reduce",
      "(acc, old) => value",
      "",
      "Optional inverse (e.g. (a, b) => a - b): subtracts the batches leaving the window; needs checkpointing.",
      true,
    ),
    ...windowParams({ slideOptional: true }),
    numPartitionsParam,
    fnParam(
      "filterFunc",
      "Filter",
      "([key, value]) => boolean",
      "",
      "Optional, with an inverse only: keeps the pairs for which it returns true (e.g. drop counts of 0).",
      true,
    ),
  ],
  summary: (p, b) => windowSummary(hasInverse(p) ? "reduce (inv)" : "reduce", p, b),
});
