// The foreachRDD node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.
import { defineKind } from "../../../catalog/defineKind";
import { intParam } from "../../../catalog/params";
import { output } from "../common";

export const foreachRDD = defineKind({
  ...output,
  kind: "foreachRDD",
  label: "foreachRDD",
  sparkMethod: "DStream.foreachRDD",
  doc: "Collects every batch's RDD into a table view (DStream.foreachRDD with rdd.collect()).",
  params: [
    intParam("limit", "Rows per batch", 100, "Rows kept per batch in the table view.", {
      min: 1,
      max: 10_000,
    }),
  ],
  summary: (p) => `table · ${p.limit} rows/batch`,
});
