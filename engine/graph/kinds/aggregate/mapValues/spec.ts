// The mapValues node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, fn } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { codeSummary, fnParam } from "../../../catalog/params";
import { oneInput } from "../common";

export const mapValues = defineKind({
  ...oneInput,
  kind: "mapValues",
  api: call("mapValues", fn("fn", 1)),
  label: "mapValues",
  sparkMethod: "PairDStreamFunctions.mapValues",
  doc: "Applies a function to the value of every pair, keeping the key (PairDStreamFunctions.mapValues).",
  requiresPairInput: true,
  output: "pair",
  params: [fnParam("fn", "Function", "(value) => result", "(v) => v * 2", "Called once per value.")],
  summary: (p) => codeSummary(p.fn),
});
