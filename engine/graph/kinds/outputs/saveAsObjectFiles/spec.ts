// The saveAsObjectFiles node kind as plain data (no engine code: the app reads it). TypeScript and Scala
// derive from `api`; compile.ts and emit.ts (PySpark) beside this file say the rest.
import { call, optional, value } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { output } from "../common";

export const saveAsObjectFiles = defineKind({
  ...output,
  kind: "saveAsObjectFiles",
  api: call("saveAsObjectFiles", value("prefix"), optional(value("suffix"))),
  label: "saveAsObjectFiles",
  sparkMethod: "DStream.saveAsObjectFiles",
  doc: 'Writes every batch as files of serialized records named "prefix-TIME_IN_MS[.suffix]" (DStream.saveAsObjectFiles); simulated: JSON lines where Spark writes SequenceFiles of Java-serialized objects.',
  params: [
    {
      name: "prefix",
      label: "Prefix",
      param: { type: "string" },
      default: "output/objects",
      doc: "Path prefix of each batch's directory.",
    },
    {
      name: "suffix",
      label: "Suffix",
      param: { type: "string" },
      default: "",
      optional: true,
      doc: "Optional directory suffix (Spark's default is none).",
    },
  ],
  summary: (p) => `${p.prefix}-<time>${p.suffix ? `.${p.suffix}` : ""} (objects)`,
});
