// The window node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, duration, optional } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { windowParams, windowSummary } from "../../../catalog/params";
import { windowed } from "../common";

export const window = defineKind({
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
});
