// The groupByKey node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, optionalPartitions } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { numPartitionsParam } from "../../../catalog/params";
import { oneInput } from "../common";

export const groupByKey = defineKind({
  ...oneInput,
  kind: "groupByKey",
  api: call("groupByKey", optionalPartitions),
  label: "groupByKey",
  sparkMethod: "PairDStreamFunctions.groupByKey",
  doc: "Groups the values of each key in a batch into [key, values[]] (PairDStreamFunctions.groupByKey).",
  requiresPairInput: true,
  output: "pair",
  params: [numPartitionsParam],
});
