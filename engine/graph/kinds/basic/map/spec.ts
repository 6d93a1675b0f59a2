// The map node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, fn } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { codeSummary, fnParam } from "../../../catalog/params";
import { oneInput, returnsPairLiteral } from "../common";

export const map = defineKind({
  ...oneInput,
  kind: "map",
  api: call("map", fn("fn", 1)),
  label: "map",
  sparkMethod: "DStream.map",
  doc: "Applies a function to every record (DStream.map); return [key, value] to make a pair stream.",
  requiresPairInput: false,
  output: "unknown",
  outputFor: (p) => (returnsPairLiteral(p.fn) ? "pair" : "unknown"),
  params: [
    fnParam(
      "fn",
      "Function",
      "(record) => result",
      "(word) => [word, 1]",
      "Called once per record (DStream.map).",
    ),
  ],
  summary: (p) => codeSummary(p.fn),
});
