// The filter node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, fn } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { codeSummary, fnParam } from "../../../catalog/params";
import { oneInput } from "../common";

export const filter = defineKind({
  ...oneInput,
  kind: "filter",
  api: { ...call("filter", fn("fn", 1)), keepsValueType: true },
  label: "filter",
  sparkMethod: "DStream.filter",
  doc: "Keeps the records for which the predicate returns true (DStream.filter).",
  requiresPairInput: false,
  output: "same-as-input",
  params: [
    fnParam(
      "fn",
      "Predicate",
      "(record) => boolean",
      "(word) => word.length > 0",
      "Keep the record when true.",
    ),
  ],
  summary: (p) => codeSummary(p.fn),
});
