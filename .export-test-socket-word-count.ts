// Socket word count: exported from DStream Studio as a TypeScript program on the engine's public API.
// The classic: text lines are split into words, mapped to (word, 1) pairs and counted per batch with reduceByKey.
// It prints what `dstream-studio run --batches N` prints: each print() block (and foreachRDD rows) per batch.
// Inside the DStream Studio repository, run it headless on the manual clock: npx tsx socket_word_count.ts [batches]
// Anywhere else (Node.js 20+, nothing to install), export it bundled with the engine and run it:
//   dstream-studio export pipeline.json --to js -o socket_word_count.mjs && node socket_word_count.mjs
import { StreamingContext, TextLinesReceiver } from "dstream-studio/engine";

const BATCHES = process.argv[2] === undefined ? 10 : Number(process.argv[2]);

const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual", defaultParallelism: 2 });

const linesText = ["to be or not to be", "that is the question", "whether tis nobler in the mind to suffer", "the slings and arrows of outrageous fortune"];
const lines = ssc.receiverStream(new TextLinesReceiver({ lines: linesText, recordsPerSecond: 2 }));
const words = lines.flatMap((line) => line.split(" "));
const pairs = words.map((word) => [word, 1]);
const wordCounts = pairs.reduceByKey((a, b) => a + b);
wordCounts.print(10);

ssc.start();
await ssc.advance(BATCHES);
ssc.stop();
