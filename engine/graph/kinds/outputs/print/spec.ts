// The print node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, value } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { intParam } from "../../../catalog/params";
import { output } from "../common";

export const print = defineKind({
  ...output,
  kind: "print",
  api: { ...call("print", value("num")), pythonMethod: "pprint" },
  label: "print",
  sparkMethod: "DStream.print",
  doc: "Prints the batch time and the first records of every batch to the console, in Spark's format (DStream.print).",
  params: [
    intParam("num", "Records", 10, "Number of records printed per batch (Spark's num, default 10).", {
      min: 1,
      max: 1000,
    }),
  ],
  summary: (p) => `first ${p.num}`,
});
