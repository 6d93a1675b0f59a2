// The union node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.
import { defineKind } from "../../../catalog/defineKind";
import { oneInput } from "../common";

export const union = defineKind({
  ...oneInput,
  kind: "union",
  label: "union",
  sparkMethod: "StreamingContext.union",
  doc: "Merges the records of two or more streams batch by batch (DStream.union / StreamingContext.union).",
  inputs: { min: 2, max: Number.POSITIVE_INFINITY },
  requiresPairInput: false,
  output: "same-as-input",
  params: [],
});
