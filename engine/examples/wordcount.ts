// The README's "Use the engine from TypeScript" example. Run: npx tsx engine/examples/wordcount.ts
import { StreamingContext } from "../index"; // from the repository root: "./engine"

const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual" }); // or clock: "system"
const lines = ssc.queueStream<string>([["a b", "b"], [], ["c a"]]); // one array = one batch's RDD
const counts = lines
  .flatMap((l) => l.split(" "))
  .map((w) => [w, 1] as [string, number])
  .reduceByKey((a, b) => a + b);
counts.foreachRDD((rdd, timeMs) => console.log(timeMs, rdd.collect()));
counts.print(); // Spark's exact print format, first 10 elements (stdout in Node)
ssc.start();
await ssc.advance(3); // manual clock: run the next 3 batches, resolve when they are done
ssc.stop(); // also stop({ stopGracefully: true })
