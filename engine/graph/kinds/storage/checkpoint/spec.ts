// The checkpoint node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, duration } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { durationParam, formatDuration } from "../../../catalog/params";
import { checkpointIntervalIssues, storage } from "../common";

export const checkpoint = defineKind({
  ...storage,
  kind: "checkpoint",
  label: "checkpoint",
  api: { ...call("checkpoint", duration("intervalMs")), keepsValueType: true },
  sparkMethod: "DStream.checkpoint",
  doc: "Persists the stream and checkpoints its RDDs every interval (DStream.checkpoint); needs the checkpoint directory.",
  needsCheckpoint: true,
  params: [
    durationParam(
      "intervalMs",
      "Interval",
      10_000,
      "How often the RDDs are checkpointed (Spark's checkpoint interval): a multiple of the input's slide duration.",
    ),
  ],
  inputIssues: (params, input) => checkpointIntervalIssues(params.intervalMs, input),
  summary: (p) => `every ${formatDuration(p.intervalMs)}`,
});
