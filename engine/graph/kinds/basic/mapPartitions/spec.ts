// The mapPartitions node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, fn } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { codeSummary, fnParam } from "../../../catalog/params";
import { oneInput } from "../common";

export const mapPartitions = defineKind({
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
});
