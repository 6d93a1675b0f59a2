// One call for a direct stream over a simulated topic with a seeded producer: what the studio's
// simulated Kafka node compiles to, and what its TypeScript export writes.
import type { StreamingContext } from "../../../scheduler/StreamingContext";
import type { DirectKafkaInputDStream } from "../DirectKafkaInputDStream";
import { ConsumerStrategies, KafkaUtils, LocationStrategies, STRING_DESERIALIZER } from "../KafkaUtils";
import { SimulatedKafkaClient } from "./SimulatedKafkaClient";
import { SimulatedKafkaCluster } from "./SimulatedKafkaCluster";
import { SimulatedProducer } from "./SimulatedProducer";

export interface SimulatedKafkaStreamOptions {
  topic: string;
  partitions: number;
  /** Records per second the producer writes (all partitions together). */
  recordsPerSecond: number;
  numKeys?: number;
  seed?: number;
  groupId?: string;
  autoOffsetReset?: "earliest" | "latest";
  maxRatePerPartition?: number;
  /** Share a cluster between streams (e.g. a restart that reads the committed offsets). */
  cluster?: SimulatedKafkaCluster;
}

export function simulatedKafkaStream(
  ssc: StreamingContext,
  options: SimulatedKafkaStreamOptions,
): { stream: DirectKafkaInputDStream; cluster: SimulatedKafkaCluster; producer: SimulatedProducer } {
  const cluster = options.cluster ?? new SimulatedKafkaCluster();
  const topic = cluster.topic(options.topic) ?? cluster.createTopic(options.topic, options.partitions);
  const producer = new SimulatedProducer(topic, {
    recordsPerSecond: options.recordsPerSecond,
    numKeys: options.numKeys,
    seed: options.seed,
  });
  const strategy = ConsumerStrategies.Subscribe([options.topic], {
    "bootstrap.servers": "simulated",
    "key.deserializer": STRING_DESERIALIZER,
    "value.deserializer": STRING_DESERIALIZER,
    "group.id": options.groupId ?? "dstream-studio",
    "auto.offset.reset": options.autoOffsetReset ?? "earliest",
    "enable.auto.commit": false,
  });
  const stream = KafkaUtils.createDirectStream(ssc, LocationStrategies.PreferConsistent, strategy, {
    client: new SimulatedKafkaClient(cluster, strategy, [producer]),
    "spark.streaming.kafka.maxRatePerPartition": options.maxRatePerPartition ?? 0,
  });
  return { stream, cluster, producer };
}
