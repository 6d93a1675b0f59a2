// The reduceByKey node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, fn, optionalPartitions } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { codeSummary, fnParam, numPartitionsParam } from "../../../catalog/params";
import { oneInput, sumFn } from "../common";

export const reduceByKey = defineKind({
  ...oneInput,
  kind: "reduceByKey",
  api: { ...call("reduceByKey", fn("fn", 2), optionalPartitions), keepsValueType: true },
  label: "reduceByKey",
  sparkMethod: "PairDStreamFunctions.reduceByKey",
  doc: "Merges the values of each key in a batch with an associative function (PairDStreamFunctions.reduceByKey).",
  requiresPairInput: true,
  output: "pair",
  params: [
    fnParam(
      "fn",
      "Reduce",
      "(a, b) => value",
      sumFn,
      "An associative and commutative function of two values.",
    ),
    numPartitionsParam,
  ],
  summary: (p) => codeSummary(p.fn),
});
