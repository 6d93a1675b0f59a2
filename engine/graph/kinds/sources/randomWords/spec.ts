// The randomWords node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.
import { defineKind } from "../../../catalog/defineKind";
import { intParam, numberParam, rateParam, seedParam } from "../../../catalog/params";
import { source } from "../common";

export const randomWords = defineKind({
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
});
