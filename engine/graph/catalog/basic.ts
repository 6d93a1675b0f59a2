// Narrow (per-record or per-partition) DStream transformations, plus repartition and union.
import type { NodeKindSpec } from "../types";
import { call, fn, value } from "./api";
import { codeSummary, fnParam, intParam } from "./params";

const oneInput = { category: "transformation", inputs: { min: 1, max: 1 }, needsCheckpoint: false } as const;

/** `(x) => [k, v]` (or `return [k, v]`): the function visibly builds a pair. */
export function returnsPairLiteral(source: unknown): boolean {
  return typeof source === "string" && /(=>\s*\(?\s*\[|return\s+\[)[^\]]*,/.test(source);
}

export const map: NodeKindSpec = {
  ...oneInput,
  kind: "map",
  api: call("map", fn("fn", 1)),
  label: "map",
  sparkMethod: "DStream.map",
  doc: "Applies a function to every record (DStream.map); return [key, value] to make a pair stream.",
  requiresPairInput: false,
  output: "unknown",
  outputFor: (p) => (returnsPairLiteral(p.fn) ? "pair" : "unknown"),
  params: [
    fnParam(
      "fn",
      "Function",
      "(record) => result",
      "(word) => [word, 1]",
      "Called once per record (DStream.map).",
    ),
  ],
  summary: (p) => codeSummary(p.fn),
};

export const flatMap: NodeKindSpec = {
  ...oneInput,
  kind: "flatMap",
  api: call("flatMap", fn("fn", 1)),
  label: "flatMap",
  sparkMethod: "DStream.flatMap",
  doc: "Maps every record to zero or more records (DStream.flatMap).",
  requiresPairInput: false,
  output: "unknown",
  params: [
    fnParam(
      "fn",
      "Function",
      "(record) => Iterable<result>",
      '(line) => line.split(" ")',
      "Returns an array (or any iterable) of output records.",
    ),
  ],
  summary: (p) => codeSummary(p.fn),
};

export const filter: NodeKindSpec = {
  ...oneInput,
  kind: "filter",
  api: { ...call("filter", fn("fn", 1)), keepsValueType: true },
  label: "filter",
  sparkMethod: "DStream.filter",
  doc: "Keeps the records for which the predicate returns true (DStream.filter).",
  requiresPairInput: false,
  output: "same-as-input",
  params: [
    fnParam(
      "fn",
      "Predicate",
      "(record) => boolean",
      "(word) => word.length > 0",
      "Keep the record when true.",
    ),
  ],
  summary: (p) => codeSummary(p.fn),
};

export const glom: NodeKindSpec = {
  ...oneInput,
  kind: "glom",
  api: call("glom"),
  label: "glom",
  sparkMethod: "DStream.glom",
  doc: "Turns each partition into one array record (DStream.glom).",
  requiresPairInput: false,
  output: "plain",
  params: [],
};

export const mapPartitions: NodeKindSpec = {
  ...oneInput,
  kind: "mapPartitions",
  api: call("mapPartitions", fn("fn", 1)),
  label: "mapPartitions",
  sparkMethod: "DStream.mapPartitions",
  doc: "Applies a function to each partition's records at once (DStream.mapPartitions).",
  requiresPairInput: false,
  output: "unknown",
  params: [
    fnParam(
      "fn",
      "Function",
      "(records: Iterable<record>) => Iterable<result>",
      "(records) => [Array.from(records).length]",
      "Receives one partition's records and returns the partition's output records.",
    ),
  ],
  summary: (p) => codeSummary(p.fn),
};

export const repartition: NodeKindSpec = {
  ...oneInput,
  kind: "repartition",
  api: { ...call("repartition", value("numPartitions")), keepsValueType: true },
  label: "repartition",
  sparkMethod: "DStream.repartition",
  doc: "Redistributes each RDD over a number of partitions (DStream.repartition).",
  requiresPairInput: false,
  output: "same-as-input",
  params: [
    intParam("numPartitions", "Partitions", 4, "Number of partitions of each output RDD.", {
      min: 1,
      max: 256,
    }),
  ],
  summary: (p) => `${p.numPartitions} partitions`,
};

export const union: NodeKindSpec = {
  ...oneInput,
  kind: "union",
  label: "union",
  sparkMethod: "StreamingContext.union",
  doc: "Merges the records of two or more streams batch by batch (DStream.union / StreamingContext.union).",
  inputs: { min: 2, max: Number.POSITIVE_INFINITY },
  requiresPairInput: false,
  output: "same-as-input",
  params: [],
};

export const basic = [map, flatMap, filter, glom, mapPartitions, repartition, union];
