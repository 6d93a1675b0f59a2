// The reduce node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, fn } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { codeSummary, fnParam } from "../../../catalog/params";
import { oneInput, sumFn } from "../common";

export const reduce = defineKind({
  ...oneInput,
  kind: "reduce",
  api: call("reduce", fn("fn", 2)),
  label: "reduce",
  sparkMethod: "DStream.reduce",
  doc: "Reduces each batch's records to one record with an associative function (DStream.reduce).",
  requiresPairInput: false,
  output: "same-as-input",
  params: [
    fnParam(
      "fn",
      "Reduce",
      "(a, b) => result",
      sumFn,
      "An associative and commutative function of two records.",
    ),
  ],
  summary: (p) => codeSummary(p.fn),
});
