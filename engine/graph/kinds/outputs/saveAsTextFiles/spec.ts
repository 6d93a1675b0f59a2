// The saveAsTextFiles node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, optional, value } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { batchDirectoryParams, batchDirectorySummary, output } from "../common";

export const saveAsTextFiles = defineKind({
  ...output,
  kind: "saveAsTextFiles",
  api: call("saveAsTextFiles", value("prefix"), optional(value("suffix"))),
  label: "saveAsTextFiles",
  sparkMethod: "DStream.saveAsTextFiles",
  doc: 'Writes every batch as text files named "prefix-TIME_IN_MS[.suffix]" (DStream.saveAsTextFiles).',
  params: batchDirectoryParams("output/counts", "txt", "Optional file suffix."),
  summary: batchDirectorySummary,
});
