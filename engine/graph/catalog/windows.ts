// Window operations: every window and slide is a multiple of the batch interval, as Spark requires.
import type { NodeKindSpec } from "../types";
import { call, duration, fn, optional, optionalPartitions, optionalSlide } from "./api";
import { fnParam, isEmptyParam, numPartitionsParam, windowParams, windowSummary } from "./params";

const windowed = { category: "window", inputs: { min: 1, max: 1 } } as const;
const hasInverse = (p: Record<string, unknown>) => !isEmptyParam(p.invFn);

export const window: NodeKindSpec = {
  ...windowed,
  kind: "window",
  api: { ...call("window", duration("windowMs"), optional(duration("slideMs"))), keepsValueType: true },
  label: "window",
  sparkMethod: "DStream.window",
  doc: "Each RDD holds the union of the batches in the last window duration, every slide (DStream.window).",
  requiresPairInput: false,
  output: "same-as-input",
  needsCheckpoint: false,
  params: windowParams({ slideOptional: true }),
  summary: (p, b) => windowSummary("window", p, b),
};

export const countByWindow: NodeKindSpec = {
  ...windowed,
  kind: "countByWindow",
  api: call("countByWindow", duration("windowMs"), duration("slideMs")),
  label: "countByWindow",
  sparkMethod: "DStream.countByWindow",
  doc: "Counts the records in a sliding window (DStream.countByWindow); incremental, so it needs checkpointing.",
  requiresPairInput: false,
  output: "plain",
  needsCheckpoint: true,
  params: windowParams({ slideOptional: false }),
  summary: (p, b) => windowSummary("count", p, b),
};

export const reduceByWindow: NodeKindSpec = {
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
};

export const reduceByKeyAndWindow: NodeKindSpec = {
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
};

export const countByValueAndWindow: NodeKindSpec = {
  ...windowed,
  kind: "countByValueAndWindow",
  api: call("countByValueAndWindow", duration("windowMs"), duration("slideMs"), optionalPartitions),
  label: "countByValueAndWindow",
  sparkMethod: "DStream.countByValueAndWindow",
  doc: "Counts each distinct record over a sliding window into [record, count] (DStream.countByValueAndWindow); needs checkpointing.",
  requiresPairInput: false,
  output: "pair",
  needsCheckpoint: true,
  params: [...windowParams({ slideOptional: false }), numPartitionsParam],
  summary: (p, b) => windowSummary("countByValue", p, b),
};

export const groupByKeyAndWindow: NodeKindSpec = {
  ...windowed,
  kind: "groupByKeyAndWindow",
  api: call("groupByKeyAndWindow", duration("windowMs"), optionalSlide, optionalPartitions),
  label: "groupByKeyAndWindow",
  sparkMethod: "PairDStreamFunctions.groupByKeyAndWindow",
  doc: "Groups the values of each key over a sliding window into [key, values[]] (PairDStreamFunctions.groupByKeyAndWindow).",
  requiresPairInput: true,
  output: "pair",
  needsCheckpoint: false,
  params: [...windowParams({ slideOptional: true }), numPartitionsParam],
  summary: (p, b) => windowSummary("group", p, b),
};

export const windows = [
  window,
  countByWindow,
  reduceByWindow,
  reduceByKeyAndWindow,
  countByValueAndWindow,
  groupByKeyAndWindow,
];
