// A simulated Kafka cluster, in memory, for a classroom without a broker: topics of N partitions, each an
// append-only log whose offsets start at 0; keyed records go to the partition Kafka's default partitioner
// picks (murmur2 of the key), records without a key round-robin; consumer groups' committed offsets are
// kept per group, so a stream restarted with the same group.id resumes where the last one committed.
// It is a model of Kafka's log and offsets, not a broker: no replication, retention or rebalancing.
import { requireThat } from "../../../core/errors";
import { type ConsumerRecord, topicPartitionKey } from "../ConsumerRecord";
import type { PartitionOffset } from "../KafkaClient";
import { partitionForKey } from "./murmur2";

export class SimulatedTopic {
  readonly logs: ConsumerRecord[][];
  private roundRobin = 0;

  constructor(
    readonly name: string,
    readonly numPartitions: number,
  ) {
    requireThat(
      Number.isInteger(numPartitions) && numPartitions >= 1,
      `Number of partitions must be larger than 0, got ${numPartitions}`,
    );
    this.logs = Array.from({ length: numPartitions }, () => []);
  }

  /** Appends a record (Kafka's producer send) and returns it with its partition and offset. */
  produce(key: string | null, value: string | null, timestamp: number, partition?: number): ConsumerRecord {
    const p =
      partition ??
      (key === null ? this.roundRobin++ % this.numPartitions : partitionForKey(key, this.numPartitions));
    requireThat(p >= 0 && p < this.numPartitions, `Partition ${p} of topic ${this.name} does not exist`);
    const log = this.logs[p] as ConsumerRecord[];
    const record: ConsumerRecord = {
      topic: this.name,
      partition: p,
      offset: log.length,
      timestamp,
      timestampType: "CreateTime",
      key,
      value,
    };
    log.push(record);
    return record;
  }

  /** One past the last offset of a partition (Kafka's log end offset, the "latest" offset). */
  endOffset(partition: number): number {
    return this.logs[partition]?.length ?? 0;
  }
}

export class SimulatedKafkaCluster {
  private readonly topics = new Map<string, SimulatedTopic>();
  private readonly committed = new Map<string, Map<string, number>>();

  createTopic(name: string, numPartitions: number): SimulatedTopic {
    requireThat(!this.topics.has(name), `Topic '${name}' already exists.`);
    const topic = new SimulatedTopic(name, numPartitions);
    this.topics.set(name, topic);
    return topic;
  }

  topic(name: string): SimulatedTopic | undefined {
    return this.topics.get(name);
  }

  commit(groupId: string, offsets: readonly PartitionOffset[]): void {
    const group = this.committed.get(groupId) ?? new Map<string, number>();
    for (const o of offsets) group.set(topicPartitionKey(o.topic, o.partition), o.offset);
    this.committed.set(groupId, group);
  }

  committedOffset(groupId: string, topic: string, partition: number): number | undefined {
    return this.committed.get(groupId)?.get(topicPartitionKey(topic, partition));
  }
}
