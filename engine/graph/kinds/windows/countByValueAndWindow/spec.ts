// The countByValueAndWindow node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, duration, optionalPartitions } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { numPartitionsParam, windowParams, windowSummary } from "../../../catalog/params";
import { windowed } from "../common";

export const countByValueAndWindow = defineKind({
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
});
