// The groupByKeyAndWindow node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, duration, optionalPartitions, optionalSlide } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { numPartitionsParam, windowParams, windowSummary } from "../../../catalog/params";
import { windowed } from "../common";

export const groupByKeyAndWindow = defineKind({
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
});
