// randomWords: the engine's RandomWordsReceiver in TypeScript; in PySpark and Scala, a marked stand-in: a
// queueStream of seeded random lines.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { PY_GENERATORS } from "../../../../codegen/internals/pySources";
import { SCALA_GENERATORS } from "../../../../codegen/internals/scalaSources";

export const randomWordsEmitters: KindEmitters = {
  typescript: (_s, h) => {
    h.use("RandomWordsReceiver");
    return `ssc.receiverStream(new RandomWordsReceiver({ seed: ${h.seed()}, recordsPerSecond: ${h.lit("rate")}, vocabularySize: ${h.lit("vocabularySize")}, zipfExponent: ${h.lit("zipfExponent")}, wordsPerLine: ${h.lit("wordsPerLine")} }))`;
  },
  pyspark: (s, h) =>
    `ssc.queueStream(${h.generator(PY_GENERATORS.randomWords)}(${s.params.seed}, ${h.perBatch()}, ${s.params.vocabularySize}, ${s.params.wordsPerLine}, ${s.params.zipfExponent}))`,
  scala: (s, h) =>
    `ssc.queueStream(${h.generator(SCALA_GENERATORS.randomWords)}(sc, ${s.params.seed}L, ${h.perBatch()}, ${s.params.vocabularySize}, ${s.params.wordsPerLine}))`,
};
