// Input DStreams: Spark's queueStream, socketTextStream-like text lines, seeded receivers and a
// constant table for joins.
import type { NodeKindSpec } from "../types";
import { arrayCheck, intParam, numberParam, pairRowsCheck, rateParam, seedParam } from "./params";

const source = { category: "source", inputs: { min: 0, max: 0 }, requiresPairInput: false } as const;

export const queueStream: NodeKindSpec = {
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
};

export const textLines: NodeKindSpec = {
  ...source,
  kind: "textLines",
  label: "socketTextStream",
  sparkMethod: "StreamingContext.socketTextStream",
  doc: "Lines of text arriving at a rate, as from StreamingContext.socketTextStream (nc -lk 9999).",
  output: "plain",
  needsCheckpoint: false,
  params: [
    {
      name: "lines",
      label: "Lines",
      param: { type: "string", multiline: true },
      default: "to be or not to be\nthat is the question\nwhether tis nobler in the mind to suffer",
      doc: "The text sent down the socket, one record per line, repeated from the top when exhausted.",
    },
    rateParam(5, "lines/s"),
    {
      name: "host",
      label: "Host",
      param: { type: "string" },
      default: "localhost",
      doc: "Host of socketTextStream in exported code.",
    },
    intParam("port", "Port", 9999, "Port of socketTextStream in exported code.", { min: 1, max: 65535 }),
  ],
  summary: (p) => `${p.host}:${p.port} · ${p.rate} lines/s`,
};

export const randomWords: NodeKindSpec = {
  ...source,
  kind: "randomWords",
  label: "randomWords",
  sparkMethod: "StreamingContext.receiverStream",
  doc: "A custom receiver (StreamingContext.receiverStream) emitting lines of Zipf-distributed random words.",
  output: "plain",
  needsCheckpoint: false,
  params: [
    seedParam(),
    rateParam(100, "lines/s"),
    intParam("vocabularySize", "Vocabulary", 50, "Number of distinct words the lines draw from.", {
      min: 1,
      max: 100_000,
    }),
    numberParam(
      "zipfExponent",
      "Zipf exponent",
      1.1,
      "Skew of word frequencies: 0 is uniform, larger favours the top words.",
      {
        min: 0,
        max: 5,
        step: 0.1,
      },
    ),
    intParam("wordsPerLine", "Words per line", 5, "Number of words in each line.", { min: 1, max: 1000 }),
  ],
  summary: (p) => `${p.rate} lines/s · ${p.vocabularySize} words`,
};

export const sensorReadings: NodeKindSpec = {
  ...source,
  kind: "sensorReadings",
  label: "sensorReadings",
  sparkMethod: "StreamingContext.receiverStream",
  doc: "A custom receiver (StreamingContext.receiverStream) emitting sensor readings with event timestamps, some out of order.",
  output: "plain",
  needsCheckpoint: false,
  params: [
    seedParam(),
    rateParam(50),
    intParam("sensors", "Sensors", 5, "Number of distinct sensors.", { min: 1, max: 100_000 }),
    numberParam(
      "outOfOrderFraction",
      "Out of order",
      0.1,
      "Fraction of readings whose event time lags behind.",
      {
        min: 0,
        max: 1,
        step: 0.05,
      },
    ),
  ],
  summary: (p) => `${p.rate} rec/s · ${p.sensors} sensors`,
};

export const clickStream: NodeKindSpec = {
  ...source,
  kind: "clickStream",
  label: "clickStream",
  sparkMethod: "StreamingContext.receiverStream",
  doc: "A custom receiver (StreamingContext.receiverStream) emitting page clicks by user with event timestamps.",
  output: "plain",
  needsCheckpoint: false,
  params: [
    seedParam(),
    rateParam(50),
    intParam("users", "Users", 20, "Number of distinct users.", { min: 1, max: 1_000_000 }),
    intParam("pages", "Pages", 10, "Number of distinct pages.", { min: 1, max: 100_000 }),
  ],
  summary: (p) => `${p.rate} clicks/s · ${p.users} users`,
};

export const staticTable: NodeKindSpec = {
  ...source,
  kind: "staticTable",
  label: "static table",
  sparkMethod: "ConstantInputDStream(ssc, sc.parallelize(rows))",
  doc: "A static table (sc.parallelize) returned as the same RDD every batch (ConstantInputDStream), to join a stream with.",
  output: "pair",
  needsCheckpoint: false,
  params: [
    {
      name: "rows",
      label: "Rows",
      param: { type: "json", placeholder: '[["user-1", "Ada"], ["user-2", "Linus"]]' },
      default: [
        ["user-1", "Ada"],
        ["user-2", "Grace"],
        ["user-3", "Linus"],
      ],
      doc: "A JSON array of [key, value] rows, parallelized once (SparkContext.parallelize).",
      validate: pairRowsCheck("Rows"),
    },
  ],
  summary: (p) => `${Array.isArray(p.rows) ? p.rows.length : 0} rows`,
};

export const sources = [textLines, queueStream, randomWords, sensorReadings, clickStream, staticTable];
