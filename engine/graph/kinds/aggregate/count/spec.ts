// The count node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { oneInput } from "../common";

export const count = defineKind({
  ...oneInput,
  kind: "count",
  api: call("count"),
  label: "count",
  sparkMethod: "DStream.count",
  doc: "Counts the records of each batch into a single-record RDD (DStream.count).",
  requiresPairInput: false,
  output: "plain",
  params: [],
});
