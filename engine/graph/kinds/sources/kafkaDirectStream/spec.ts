// The direct Kafka stream as plain data (no engine code: the app reads it): Spark's
// KafkaUtils.createDirectStream(ssc, PreferConsistent, Subscribe(topics, kafkaParams)) on a real broker.
// In Node (dstream-studio run, exported programs) it reads the broker with kafkajs; in the browser it
// reads it through the feeder (`dstream-studio feed --from kafka://host:port/topic`).
import { defineKind } from "../../../catalog/defineKind";
import { source } from "../common";
import { consumerParams, topicParam } from "../kafkaParams";

export const kafkaDirectStream = defineKind({
  ...source,
  kind: "kafkaDirectStream",
  label: "Kafka direct stream",
  sparkMethod: "KafkaUtils.createDirectStream",
  doc: "Reads a Kafka topic (KafkaUtils.createDirectStream, spark-streaming-kafka-0-10): one RDD partition per topic partition, offset ranges per batch. In the browser through the feeder.",
  output: "unknown",
  needsCheckpoint: false,
  // In the browser the engine worker may open exactly the feeder's WebSocket.
  realWorld: { urls: (p) => (typeof p.feederUrl === "string" ? [p.feederUrl] : []) },
  params: [
    {
      name: "bootstrapServers",
      label: "bootstrap.servers",
      param: { type: "string", placeholder: "localhost:9092" },
      default: "localhost:9092",
      doc: "Kafka's bootstrap.servers: host:port of the brokers, comma-separated (read directly in Node).",
      validate: (v) =>
        typeof v === "string" && /^\s*[^\s:,]+:\d{1,5}\s*(,\s*[^\s:,]+:\d{1,5}\s*)*$/.test(v)
          ? undefined
          : `Invalid url in bootstrap.servers: ${String(v)} (expected host:port, comma-separated)`,
    },
    topicParam("The topic to subscribe to (ConsumerStrategies.Subscribe)."),
    {
      name: "feederUrl",
      label: "Feeder (browser)",
      param: { type: "string", placeholder: "ws://localhost:9998" },
      default: "ws://localhost:9998",
      doc: "In the browser: the WebSocket of `dstream-studio feed --from kafka://host:port/topic`, which reads the broker for the studio.",
      validate: (v) =>
        typeof v === "string" && /^wss?:\/\/\S+$/.test(v)
          ? undefined
          : "The feeder URL must start with ws:// or wss://",
    },
    ...consumerParams,
  ],
  summary: (p) => `${p.topic} @ ${p.bootstrapServers}`,
});
