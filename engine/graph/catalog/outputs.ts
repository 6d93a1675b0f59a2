// Output operations: without at least one, Spark has nothing to execute.
import type { NodeKindSpec } from "../types";
import { call, optional, value } from "./api";
import { intParam } from "./params";

const output = {
  category: "output",
  inputs: { min: 1, max: 1 },
  requiresPairInput: false,
  output: "same-as-input",
  needsCheckpoint: false,
  isOutput: true,
} as const;

export const print: NodeKindSpec = {
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
};

export const foreachRDD: NodeKindSpec = {
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
};

export const saveAsTextFiles: NodeKindSpec = {
  ...output,
  kind: "saveAsTextFiles",
  api: call("saveAsTextFiles", value("prefix"), optional(value("suffix"))),
  label: "saveAsTextFiles",
  sparkMethod: "DStream.saveAsTextFiles",
  doc: 'Writes every batch as text files named "prefix-TIME_IN_MS[.suffix]" (DStream.saveAsTextFiles).',
  params: [
    {
      name: "prefix",
      label: "Prefix",
      param: { type: "string" },
      default: "output/counts",
      doc: "Path prefix of each batch's directory.",
    },
    {
      name: "suffix",
      label: "Suffix",
      param: { type: "string" },
      default: "txt",
      optional: true,
      doc: "Optional file suffix.",
    },
  ],
  summary: (p) => `${p.prefix}-<time>${p.suffix ? `.${p.suffix}` : ""}`,
};

export const outputs = [print, foreachRDD, saveAsTextFiles];
