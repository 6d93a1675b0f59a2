// The flatMapValues node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, fn } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { codeSummary, fnParam } from "../../../catalog/params";
import { oneInput } from "../common";

export const flatMapValues = defineKind({
  ...oneInput,
  kind: "flatMapValues",
  api: call("flatMapValues", fn("fn", 1)),
  label: "flatMapValues",
  sparkMethod: "PairDStreamFunctions.flatMapValues",
  doc: "Maps every value to zero or more values, each paired with the key (PairDStreamFunctions.flatMapValues).",
  requiresPairInput: true,
  output: "pair",
  params: [
    fnParam(
      "fn",
      "Function",
      "(value) => Iterable<result>",
      "(v) => [v, v]",
      "Returns an array (or any iterable) of values.",
    ),
  ],
  summary: (p) => codeSummary(p.fn),
});
