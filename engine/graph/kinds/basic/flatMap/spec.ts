// The flatMap node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, fn } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { codeSummary, fnParam } from "../../../catalog/params";
import { oneInput } from "../common";

export const flatMap = defineKind({
  ...oneInput,
  kind: "flatMap",
  api: call("flatMap", fn("fn", 1)),
  label: "flatMap",
  sparkMethod: "DStream.flatMap",
  doc: "Maps every record to zero or more records (DStream.flatMap).",
  requiresPairInput: false,
  output: "unknown",
  params: [
    fnParam(
      "fn",
      "Function",
      "(record) => Iterable<result>",
      '(line) => line.split(" ")',
      "Returns an array (or any iterable) of output records.",
    ),
  ],
  summary: (p) => codeSummary(p.fn),
});
