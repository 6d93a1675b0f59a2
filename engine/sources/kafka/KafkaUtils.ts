// Spark's entry points for a direct Kafka stream: KafkaUtils.createDirectStream(ssc,
// LocationStrategies.PreferConsistent, ConsumerStrategies.Subscribe(topics, kafkaParams)). The consumer
// configs are checked as Kafka's consumer checks them, with Kafka's messages.
import type { StreamingContext } from "../../scheduler/StreamingContext";
import { DirectKafkaInputDStream } from "./DirectKafkaInputDStream";
import {
  type KafkaConsumerClient,
  type KafkaParams,
  type KafkaSubscription,
  kafkaClientFactory,
  type PartitionOffset,
} from "./KafkaClient";
import { type KafkaRateConf, perPartitionConfig } from "./PerPartitionConfig";

/**
 * Spark's LocationStrategies. Where a KafkaRDD partition runs matters on a cluster (PreferConsistent
 * spreads partitions over executors); this engine runs every partition in one place, so all three behave
 * alike here. They are kept so programs read as Spark's and exports keep the user's choice.
 */
export type LocationStrategy =
  | { kind: "PreferConsistent" }
  | { kind: "PreferBrokers" }
  | { kind: "PreferFixed"; hostMap: Readonly<Record<string, string>> };

export const LocationStrategies = {
  PreferConsistent: { kind: "PreferConsistent" } as LocationStrategy,
  PreferBrokers: { kind: "PreferBrokers" } as LocationStrategy,
  PreferFixed: (hostMap: Readonly<Record<string, string>>): LocationStrategy => ({
    kind: "PreferFixed",
    hostMap,
  }),
};

export type ConsumerStrategy = KafkaSubscription & { kind: "Subscribe" | "Assign" };

/** Starting offsets, as Spark's `Map[TopicPartition, Long]`: "topic-partition" → offset, or a list. */
type Offsets = Readonly<Record<string, number>> | readonly PartitionOffset[];

function offsetList(offsets?: Offsets): PartitionOffset[] | undefined {
  if (!offsets) return undefined;
  if (Array.isArray(offsets)) return [...(offsets as PartitionOffset[])];
  return Object.entries(offsets as Record<string, number>).map(([tp, offset]) => {
    const cut = tp.lastIndexOf("-");
    return { topic: tp.slice(0, cut), partition: Number(tp.slice(cut + 1)), offset };
  });
}

export const ConsumerStrategies = {
  /** Subscribe to a fixed collection of topics; the group assigns their partitions. */
  Subscribe(topics: readonly string[], kafkaParams: KafkaParams, offsets?: Offsets): ConsumerStrategy {
    return {
      kind: "Subscribe",
      topics: [...topics],
      kafkaParams: { ...kafkaParams },
      offsets: offsetList(offsets),
    };
  },
  /** Read a fixed collection of topic partitions. */
  Assign(
    topicPartitions: readonly { topic: string; partition: number }[],
    kafkaParams: KafkaParams,
    offsets?: Offsets,
  ): ConsumerStrategy {
    return {
      kind: "Assign",
      topics: [...new Set(topicPartitions.map((tp) => tp.topic))],
      partitions: topicPartitions.map(({ topic, partition }) => ({ topic, partition })),
      kafkaParams: { ...kafkaParams },
      offsets: offsetList(offsets),
    };
  },
};

export const STRING_DESERIALIZER = "org.apache.kafka.common.serialization.StringDeserializer";

/** The consumer configs a KafkaConsumer refuses, with Kafka's messages. */
export function checkKafkaParams(params: KafkaParams): void {
  for (const name of ["bootstrap.servers", "key.deserializer", "value.deserializer"]) {
    if (params[name] === undefined || params[name] === "") {
      throw new Error(
        `org.apache.kafka.common.config.ConfigException: Missing required configuration "${name}" which has no default value.`,
      );
    }
  }
  for (const name of ["key.deserializer", "value.deserializer"]) {
    const value = String(params[name]).replace(/^classOf\[(.*)\]$/, "$1");
    if (value !== STRING_DESERIALIZER && value !== "StringDeserializer") {
      throw new Error(
        `${name} ${value} is not supported here: keys and values are read as strings (${STRING_DESERIALIZER})`,
      );
    }
  }
  const reset = params["auto.offset.reset"];
  if (reset !== undefined && !["latest", "earliest", "none"].includes(String(reset))) {
    throw new Error(
      `org.apache.kafka.common.config.ConfigException: Invalid value ${reset} for configuration auto.offset.reset: Invalid value \`${reset}\` for configuration auto.offset.reset`,
    );
  }
  if (params["group.id"] === undefined || params["group.id"] === "") {
    throw new Error(
      "org.apache.kafka.common.errors.InvalidGroupIdException: To use the group management or offset commit APIs, you must provide a valid group.id in the consumer configuration.",
    );
  }
}

export interface DirectStreamOptions extends KafkaRateConf {
  /** The client to read with; default: the one the environment installed (setKafkaClientFactory). */
  client?: KafkaConsumerClient;
}

export const KafkaUtils = {
  createDirectStream(
    ssc: StreamingContext,
    _locationStrategy: LocationStrategy,
    consumerStrategy: ConsumerStrategy,
    options: DirectStreamOptions = {},
  ): DirectKafkaInputDStream {
    checkKafkaParams(consumerStrategy.kafkaParams);
    const client = options.client ?? kafkaClientFactory()(consumerStrategy);
    const autoCommit = String(consumerStrategy.kafkaParams["enable.auto.commit"] ?? "true") === "true";
    return new DirectKafkaInputDStream(ssc, client, perPartitionConfig(options), autoCommit);
  },
};
