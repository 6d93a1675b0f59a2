// The glom node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { oneInput } from "../common";

export const glom = defineKind({
  ...oneInput,
  kind: "glom",
  api: call("glom"),
  label: "glom",
  sparkMethod: "DStream.glom",
  doc: "Turns each partition into one array record (DStream.glom).",
  requiresPairInput: false,
  output: "plain",
  params: [],
});
