// The saveAsObjectFiles node kind as plain data (no engine code: the app reads it). TypeScript and Scala
// derive from `api`; compile.ts and emit.ts (PySpark) beside this file say the rest.
import { call, optional, value } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { batchDirectoryParams, batchDirectorySummary, output } from "../common";

export const saveAsObjectFiles = defineKind({
  ...output,
  kind: "saveAsObjectFiles",
  api: call("saveAsObjectFiles", value("prefix"), optional(value("suffix"))),
  label: "saveAsObjectFiles",
  sparkMethod: "DStream.saveAsObjectFiles",
  doc: 'Writes every batch as files of serialized records named "prefix-TIME_IN_MS[.suffix]" (DStream.saveAsObjectFiles); simulated: JSON lines where Spark writes SequenceFiles of Java-serialized objects.',
  params: batchDirectoryParams("output/objects", "", "Optional directory suffix (Spark's default is none)."),
  summary: (p) => `${batchDirectorySummary(p)} (objects)`,
});
