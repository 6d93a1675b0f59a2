// Union of two sources: exported from DStream Studio as a TypeScript program on the engine's public API.
// Two text streams merged into one with union, then counted together.
// It prints what `dstream-studio run --batches N` prints: each print() block (and foreachRDD rows) per batch.
// Inside the DStream Studio repository, run it headless on the manual clock: npx tsx union_of_two_sources.ts [batches] [seed]
// Anywhere else (Node.js 20+, nothing to install), export it bundled with the engine and run it:
//   dstream-studio export pipeline.json --to js -o union_of_two_sources.mjs && node union_of_two_sources.mjs [batches] [seed]
import { RandomWordsReceiver, StreamingContext } from "dstream-studio/engine";

const BATCHES = process.argv[2] === undefined ? 10 : Number(process.argv[2]);
const SEED = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
/** A generated source's seed: the pipeline's own, or SEED + its position when a seed is given. */
const seed = (own: number, position: number) => (SEED === undefined ? own : SEED + position);

const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual", defaultParallelism: 2 });

const englishLines = ssc.receiverStream(
  new RandomWordsReceiver({
    seed: seed(1, 0),
    recordsPerSecond: 5,
    vocabularySize: 30,
    zipfExponent: 1.1,
    wordsPerLine: 5,
  }),
);
const otherLines = ssc.receiverStream(
  new RandomWordsReceiver({
    seed: seed(2, 1),
    recordsPerSecond: 5,
    vocabularySize: 30,
    zipfExponent: 1.1,
    wordsPerLine: 5,
  }),
);
const allLines = englishLines.union(otherLines);
const words = allLines.flatMap((line) => line.split(" "));
const pairs = words.map((word) => [word, 1]);
const wordCounts = pairs.reduceByKey((a, b) => a + b);
wordCounts.print(10);

ssc.start();
await ssc.advance(BATCHES);
ssc.stop();
