// The countByWindow node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, duration } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { windowParams, windowSummary } from "../../../catalog/params";
import { windowed } from "../common";

export const countByWindow = defineKind({
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
});
