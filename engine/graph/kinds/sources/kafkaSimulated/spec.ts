// The simulated Kafka topic as plain data (no engine code: the app reads it): a direct stream over an
// in-memory topic of N partitions fed by a seeded producer, for a classroom without a broker.
import { defineKind } from "../../../catalog/defineKind";
import { intParam, rateParam, seedParam } from "../../../catalog/params";
import { source } from "../common";
import { consumerParams, topicParam } from "../kafkaParams";

export const kafkaSimulated = defineKind({
  ...source,
  kind: "kafkaSimulated",
  label: "Kafka topic (simulated)",
  sparkMethod: "KafkaUtils.createDirectStream",
  doc: "SIMULATED: a direct Kafka stream (KafkaUtils.createDirectStream) over an in-memory topic with a seeded producer; no broker. One RDD partition per topic partition, offsets per batch.",
  output: "unknown",
  needsCheckpoint: false,
  params: [
    topicParam("Name of the simulated topic."),
    intParam(
      "partitions",
      "Partitions",
      3,
      "Partitions of the topic: each is one RDD partition of every batch.",
      {
        min: 1,
        max: 64,
      },
    ),
    rateParam(20, "records/s"),
    intParam(
      "numKeys",
      "Keys",
      10,
      "Distinct record keys (user-0, user-1, ...; a few are hot); a key always goes to the same partition.",
      {
        min: 1,
        max: 100_000,
      },
    ),
    seedParam(),
    ...consumerParams,
  ],
  summary: (p) => `simulated · ${p.topic} · ${p.partitions} partitions · ${p.rate} records/s`,
});
