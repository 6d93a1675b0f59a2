// The countByValue node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, optionalPartitions } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { numPartitionsParam } from "../../../catalog/params";
import { oneInput } from "../common";

export const countByValue = defineKind({
  ...oneInput,
  kind: "countByValue",
  api: call("countByValue", optionalPartitions),
  label: "countByValue",
  sparkMethod: "DStream.countByValue",
  doc: "Counts each distinct record of a batch into [record, count] pairs (DStream.countByValue).",
  requiresPairInput: false,
  output: "pair",
  params: [numPartitionsParam],
});
