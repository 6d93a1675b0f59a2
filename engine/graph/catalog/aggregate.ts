// Aggregations per batch: count, countByValue, reduce, and the pair (shuffle) aggregations.
import type { NodeKindSpec } from "../types";
import { call, fn, optionalPartitions } from "./api";
import { codeSummary, fnParam, numPartitionsParam } from "./params";

const oneInput = { category: "transformation", inputs: { min: 1, max: 1 }, needsCheckpoint: false } as const;
const sumFn = "(a, b) => a + b";

export const count: NodeKindSpec = {
  ...oneInput,
  kind: "count",
  api: call("count"),
  label: "count",
  sparkMethod: "DStream.count",
  doc: "Counts the records of each batch into a single-record RDD (DStream.count).",
  requiresPairInput: false,
  output: "plain",
  params: [],
};

export const countByValue: NodeKindSpec = {
  ...oneInput,
  kind: "countByValue",
  api: call("countByValue", optionalPartitions),
  label: "countByValue",
  sparkMethod: "DStream.countByValue",
  doc: "Counts each distinct record of a batch into [record, count] pairs (DStream.countByValue).",
  requiresPairInput: false,
  output: "pair",
  params: [numPartitionsParam],
};

export const reduce: NodeKindSpec = {
  ...oneInput,
  kind: "reduce",
  api: call("reduce", fn("fn", 2)),
  label: "reduce",
  sparkMethod: "DStream.reduce",
  doc: "Reduces each batch's records to one record with an associative function (DStream.reduce).",
  requiresPairInput: false,
  output: "same-as-input",
  params: [
    fnParam(
      "fn",
      "Reduce",
      "(a, b) => result",
      sumFn,
      "An associative and commutative function of two records.",
    ),
  ],
  summary: (p) => codeSummary(p.fn),
};

export const reduceByKey: NodeKindSpec = {
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
};

export const groupByKey: NodeKindSpec = {
  ...oneInput,
  kind: "groupByKey",
  api: call("groupByKey", optionalPartitions),
  label: "groupByKey",
  sparkMethod: "PairDStreamFunctions.groupByKey",
  doc: "Groups the values of each key in a batch into [key, values[]] (PairDStreamFunctions.groupByKey).",
  requiresPairInput: true,
  output: "pair",
  params: [numPartitionsParam],
};

export const combineByKey: NodeKindSpec = {
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
};

export const mapValues: NodeKindSpec = {
  ...oneInput,
  kind: "mapValues",
  api: call("mapValues", fn("fn", 1)),
  label: "mapValues",
  sparkMethod: "PairDStreamFunctions.mapValues",
  doc: "Applies a function to the value of every pair, keeping the key (PairDStreamFunctions.mapValues).",
  requiresPairInput: true,
  output: "pair",
  params: [fnParam("fn", "Function", "(value) => result", "(v) => v * 2", "Called once per value.")],
  summary: (p) => codeSummary(p.fn),
};

export const flatMapValues: NodeKindSpec = {
  ...oneInput,
  kind: "flatMapValues",
  api: call("flatMapValues", fn("fn", 1)),
  label: "flatMapValues",
  sparkMethod: "PairDStreamFunctions.flatMapValues",
  doc: "Maps every value to zero or more values, each paired with the key (PairDStreamFunctions.flatMapValues).",
  requiresPairInput: true,
  output: "pair",
  params: [
    fnParam(
      "fn",
      "Function",
      "(value) => Iterable<result>",
      "(v) => [v, v]",
      "Returns an array (or any iterable) of values.",
    ),
  ],
  summary: (p) => codeSummary(p.fn),
};

export const aggregate = [
  count,
  countByValue,
  reduce,
  reduceByKey,
  groupByKey,
  combineByKey,
  mapValues,
  flatMapValues,
];
