// The combineByKey node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, fn, optionalPartitions } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { fnParam, numPartitionsParam } from "../../../catalog/params";
import { oneInput } from "../common";

export const combineByKey = defineKind({
  ...oneInput,
  kind: "combineByKey",
  api: call(
    "combineByKey",
    fn("createCombiner", 1),
    fn("mergeValue", 2),
    fn("mergeCombiners", 2),
    optionalPartitions,
  ),
  label: "combineByKey",
  sparkMethod: "PairDStreamFunctions.combineByKey",
  doc: "Combines the values of each key with a combiner built, merged and combined by three functions (PairDStreamFunctions.combineByKey).",
  requiresPairInput: true,
  output: "pair",
  params: [
    fnParam(
      "createCombiner",
      "Create combiner",
      "(value) => combiner",
      "(v) => [v, 1]",
      "Turns a key's first value into a combiner.",
    ),
    fnParam(
      "mergeValue",
      "Merge value",
      "(combiner, value) => combiner",
      "(c, v) => [c[0] + v, c[1] + 1]",
      "Adds a value to a combiner within a partition.",
    ),
    fnParam(
      "mergeCombiners",
      "Merge combiners",
      "(c1, c2) => combiner",
      "(c1, c2) => [c1[0] + c2[0], c1[1] + c2[1]]",
      "Merges two combiners from different partitions.",
    ),
    numPartitionsParam,
  ],
});
