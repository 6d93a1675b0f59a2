// The reduceByWindow node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, duration, fn, optional } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { fnParam, windowParams, windowSummary } from "../../../catalog/params";
import { hasInverse, windowed } from "../common";

export const reduceByWindow = defineKind({
  ...windowed,
  kind: "reduceByWindow",
  api: call(
    "reduceByWindow",
    fn("fn", 2),
    optional(fn("invFn", 2)),
    duration("windowMs"),
    duration("slideMs"),
  ),
  label: "reduceByWindow",
  sparkMethod: "DStream.reduceByWindow",
  doc: "Reduces all records in a sliding window to one (DStream.reduceByWindow), incrementally with an inverse function.",
  requiresPairInput: false,
  output: "same-as-input",
  needsCheckpoint: hasInverse,
  params: [
    fnParam(
      "fn",
      "Reduce",
      "(a, b) => result",
      "(a, b) => a + b",
      "An associative and commutative function of two records.",
    ),
    fnParam(
      "invFn",
      "Inverse reduce",
      "(acc, old) => result",
      "",
      "Optional inverse of the reduce, removing records leaving the window (needs checkpointing).",
      true,
    ),
    ...windowParams({ slideOptional: false }),
  ],
  summary: (p, b) => windowSummary("reduce", p, b),
});
