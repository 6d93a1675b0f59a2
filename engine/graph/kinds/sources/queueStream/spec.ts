// The queueStream node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { defineKind } from "../../../catalog/defineKind";
import { arrayCheck } from "../../../catalog/params";
import { source } from "../common";

export const queueStream = defineKind({
  ...source,
  kind: "queueStream",
  label: "queueStream",
  sparkMethod: "StreamingContext.queueStream",
  doc: "Feeds one queued RDD per batch (StreamingContext.queueStream); each inner JSON array is one batch.",
  output: "unknown",
  needsCheckpoint: false,
  params: [
    {
      name: "batches",
      label: "Batches",
      param: { type: "json", placeholder: '[["a b", "b"], [], ["c a"]]' },
      default: [["to be or not to be", "that is the question"], ["to be is to do"], ["do be do be do"]],
      doc: "A JSON array of batches; each batch is an array of records (Spark's queue of RDDs).",
      validate: (v) =>
        Array.isArray(v) && v.every(Array.isArray)
          ? undefined
          : "Batches must be a JSON array of batches (arrays of records)",
    },
    {
      name: "oneAtATime",
      label: "One at a time",
      param: { type: "boolean" },
      default: true,
      doc: "Take one RDD from the queue per batch (Spark's oneAtATime); off takes all of them in the first batch.",
    },
    {
      name: "defaultBatch",
      label: "Default batch",
      param: { type: "json", placeholder: "[]" },
      default: null,
      optional: true,
      doc: "Records returned once the queue is empty (Spark's defaultRDD); empty gives empty batches.",
      validate: arrayCheck("The default batch"),
    },
  ],
  summary: (p) => `${Array.isArray(p.batches) ? p.batches.length : 0} queued batches`,
});
