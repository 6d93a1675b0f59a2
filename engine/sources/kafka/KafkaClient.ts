// What the direct stream needs from a Kafka client, and nothing else: the engine stays pure TypeScript and
// never imports a network client. Node injects kafkajs (node/KafkajsClient.ts, registered by
// engine/indexNode.ts); the studio in the browser reaches a broker through the feeder's WebSocket; the
// simulated topic implements the same interface in memory.
//
// The client fetches in the background and hands records to the stream as they arrive; the stream cuts
// each batch's offset ranges from what has arrived (see DirectKafkaInputDStream). That keeps a batch
// synchronous and means a broker that goes away costs nothing already received.
import type { ConsumerRecord } from "./ConsumerRecord";

/** Kafka consumer configs as Spark's kafkaParams map (bootstrap.servers, group.id, auto.offset.reset, ...). */
export type KafkaParams = Readonly<Record<string, string | number | boolean>>;

export interface PartitionOffset {
  topic: string;
  partition: number;
  offset: number;
}

/** Where the connection stands, for the node and the CLI: a message says what went wrong, in words. */
export type KafkaClientStatus =
  | { state: "connecting"; message?: string }
  | { state: "connected"; message?: string }
  | { state: "reconnecting"; message: string }
  | { state: "closed"; message?: string };

export interface KafkaClientListener {
  /**
   * The partitions assigned to this consumer and the offset each starts from: the group's committed offset,
   * else what auto.offset.reset says (Spark: consumer.position after the first poll).
   */
  onAssigned(positions: readonly PartitionOffset[]): void;
  /** Records in offset order within each partition; a record already delivered may come again (ignored). */
  onRecords(records: readonly ConsumerRecord[]): void;
  onStatus(status: KafkaClientStatus): void;
}

export interface KafkaConsumerClient {
  start(listener: KafkaClientListener): void;
  /** Commits the group's offsets (the next offset to read, per partition). */
  commit(offsets: readonly PartitionOffset[]): Promise<void>;
  /**
   * Called at each batch time before its offset ranges are cut, with the batch's time: a simulated topic
   * produces the records of the interval here, so a run on the manual clock is deterministic.
   */
  poll?(timeMs: number): void;
  close(): Promise<void>;
}

/** How a consumer strategy's subscription becomes a client (the factory Node or a test installs). */
export interface KafkaSubscription {
  topics: readonly string[];
  kafkaParams: KafkaParams;
  /** Assign's fixed partitions, or undefined for Subscribe (the group assigns them). */
  partitions?: readonly { topic: string; partition: number }[];
  /** Offsets to start from, overriding the committed ones (ConsumerStrategies' `offsets`). */
  offsets?: readonly PartitionOffset[];
}

export type KafkaClientFactory = (subscription: KafkaSubscription) => KafkaConsumerClient;

let defaultFactory: KafkaClientFactory | undefined;

/** Install the client used by createDirectStream when none is given (engine/indexNode.ts: kafkajs). */
export function setKafkaClientFactory(factory: KafkaClientFactory | undefined): void {
  defaultFactory = factory;
}

export function hasKafkaClientFactory(): boolean {
  return defaultFactory !== undefined;
}

export const NO_KAFKA_CLIENT =
  "No Kafka client here: in Node import the engine's Node entry (dstream-studio/engine, engine/indexNode.ts, which uses kafkajs); " +
  "in the browser read a broker through the feeder (dstream-studio feed --from kafka://host:port/topic) or use the simulated topic";

export function kafkaClientFactory(): KafkaClientFactory {
  if (!defaultFactory) {
    throw new Error(NO_KAFKA_CLIENT);
  }
  return defaultFactory;
}
