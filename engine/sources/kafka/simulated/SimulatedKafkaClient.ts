// The direct stream's client for a simulated cluster: at each batch time (poll) the optional producer
// writes the interval's records, then everything past what was handed over is delivered, so the stream
// sees exactly what a consumer of a real topic would, deterministically on the manual clock.
import { topicPartitionKey } from "../ConsumerRecord";
import type {
  KafkaClientListener,
  KafkaConsumerClient,
  KafkaSubscription,
  PartitionOffset,
} from "../KafkaClient";
import type { SimulatedKafkaCluster, SimulatedTopic } from "./SimulatedKafkaCluster";
import type { SimulatedProducer } from "./SimulatedProducer";

export class SimulatedKafkaClient implements KafkaConsumerClient {
  private listener?: KafkaClientListener;
  private readonly next = new Map<string, number>();
  private closed = false;

  constructor(
    private readonly cluster: SimulatedKafkaCluster,
    private readonly subscription: KafkaSubscription,
    private readonly producers: readonly SimulatedProducer[] = [],
  ) {}

  private get groupId(): string {
    return String(this.subscription.kafkaParams["group.id"]);
  }

  start(listener: KafkaClientListener): void {
    this.listener = listener;
    const missing = this.subscription.topics.filter((t) => !this.cluster.topic(t));
    if (missing.length > 0) {
      // Kafka's consumer keeps polling a topic that does not exist yet; say so on the node.
      listener.onStatus({
        state: "reconnecting",
        message: `Simulated topic ${missing.join(", ")} does not exist`,
      });
    }
    const reset = String(this.subscription.kafkaParams["auto.offset.reset"] ?? "latest");
    const positions: PartitionOffset[] = [];
    for (const topic of this.topics()) {
      for (let partition = 0; partition < topic.numPartitions; partition++) {
        if (
          this.subscription.partitions &&
          !this.subscription.partitions.some((p) => p.topic === topic.name && p.partition === partition)
        ) {
          continue;
        }
        const given = this.subscription.offsets?.find(
          (o) => o.topic === topic.name && o.partition === partition,
        );
        const committed = this.cluster.committedOffset(this.groupId, topic.name, partition);
        const offset = given?.offset ?? committed ?? (reset === "earliest" ? 0 : topic.endOffset(partition));
        this.next.set(topicPartitionKey(topic.name, partition), offset);
        positions.push({ topic: topic.name, partition, offset });
      }
    }
    listener.onAssigned(positions);
    if (missing.length === 0)
      listener.onStatus({ state: "connected", message: "Simulated Kafka topic (no broker)" });
  }

  poll(timeMs: number): void {
    if (this.closed || !this.listener) return;
    for (const producer of this.producers) producer.produceUntil(timeMs);
    for (const topic of this.topics()) {
      topic.logs.forEach((log, partition) => {
        const key = topicPartitionKey(topic.name, partition);
        const from = this.next.get(key);
        if (from === undefined || from >= log.length) return;
        this.listener?.onRecords(log.slice(from));
        this.next.set(key, log.length);
      });
    }
  }

  async commit(offsets: readonly PartitionOffset[]): Promise<void> {
    this.cluster.commit(this.groupId, offsets);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listener?.onStatus({ state: "closed" });
  }

  private topics(): SimulatedTopic[] {
    return this.subscription.topics.flatMap((t) => this.cluster.topic(t) ?? []);
  }
}
