// Kafka's ConsumerRecord as the direct stream hands it to user functions: the record's place in the log
// (topic, partition, offset), its timestamp, key and value. Keys and values arrive deserialized as strings
// (Spark's examples use StringDeserializer for both); a record without a key has key null, as in Kafka.
// A plain object, so it crosses the worker protocol and the feeder's WebSocket unchanged; print() shows it
// as JSON where Spark prints Kafka's ConsumerRecord.toString (map it to a tuple first, as Spark's guide does).

export type TimestampType = "CreateTime" | "LogAppendTime";

export interface ConsumerRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly timestamp: number;
  readonly timestampType: TimestampType;
  readonly key: string | null;
  readonly value: string | null;
}

/** Kafka's TopicPartition as a map key: "topic-partition", as Kafka's TopicPartition.toString. */
export const topicPartitionKey = (topic: string, partition: number): string => `${topic}-${partition}`;
