// Spark's direct Kafka word count (the spark-streaming-kafka-0-10 guide) on the engine, against a real
// broker: `npx tsx scripts/kafka/broker.ts start`, produce some lines, then `npx tsx engine/examples/kafkaWordCount.ts`.
// Each batch's offset ranges are committed once its output is printed, so a second run starts after them.
import {
  ConsumerStrategies,
  KafkaUtils,
  LocationStrategies,
  offsetRangesOf,
  StreamingContext,
} from "dstream-studio/engine";

const ssc = new StreamingContext({ batchIntervalMs: 2000, clock: "system" });
const kafkaParams = {
  "bootstrap.servers": process.env.KAFKA ?? "localhost:19092",
  "key.deserializer": "org.apache.kafka.common.serialization.StringDeserializer",
  "value.deserializer": "org.apache.kafka.common.serialization.StringDeserializer",
  "group.id": "word-count",
  "auto.offset.reset": "earliest",
  "enable.auto.commit": false,
};
const stream = KafkaUtils.createDirectStream(
  ssc,
  LocationStrategies.PreferConsistent,
  ConsumerStrategies.Subscribe(["lines"], kafkaParams),
);
stream.onStatus((s) => console.error(`[kafka] ${s.state}${s.message ? `: ${s.message}` : ""}`));
stream.foreachRDD((rdd) => {
  const ranges = offsetRangesOf(rdd); // only the stream's own RDD has them
  for (const r of ranges) if (r.count() > 0) console.log(String(r));
  const counts = rdd
    .flatMap((record) => (record.value ?? "").split(" "))
    .map((w) => [w, 1] as [string, number])
    .reduceByKey((a, b) => a + b)
    .collect();
  console.log(counts);
  stream.commitAsync(ranges); // after the output, as Spark's guide does
});
ssc.start();
await ssc.awaitTerminationOrTimeout(Number(process.argv[2] ?? 10) * 1000);
ssc.stop();
await stream.closed; // the last batch's commit is sent before the client closes
