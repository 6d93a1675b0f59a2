// randomWords: the engine's RandomWordsReceiver in TypeScript; in PySpark and Scala, its exact port
// (engine/codegen/runtime): the same records for the same seed, queued one RDD per batch.
import type { KindEmitters } from "../../../../codegen/internals/emit";

export const randomWordsEmitters: KindEmitters = {
  typescript: (_s, h) => {
    h.use("RandomWordsReceiver");
    return `ssc.receiverStream(new RandomWordsReceiver({ seed: ${h.seed()}, recordsPerSecond: ${h.lit("rate")}, vocabularySize: ${h.lit("vocabularySize")}, zipfExponent: ${h.lit("zipfExponent")}, wordsPerLine: ${h.lit("wordsPerLine")} }))`;
  },
  pyspark: (_s, h) => h.generator("randomWords"),
  scala: (_s, h) => h.generator("randomWords"),
};
