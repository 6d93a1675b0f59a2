// The direct stream's client in Node: kafkajs, a pure-JavaScript Kafka client. Only the Node entry
// (engine/indexNode.ts) imports this file, so browser bundles never see it.
//
// It plays the part of Spark's driver consumer: it joins the group, learns its partitions, starts each
// from the committed offset (else auto.offset.reset) and fetches in the background, handing records to
// the stream. When the broker is unreachable or goes away it says so (status) and keeps trying with a
// growing pause; when it is back it seeks each partition to the offset after the last record it handed
// over, so nothing is skipped (the stream drops any record it already has).
import { type Consumer, Kafka, type KafkaMessage, logLevel } from "kafkajs";
import { type ConsumerRecord, topicPartitionKey } from "../ConsumerRecord";
import type {
  KafkaClientListener,
  KafkaConsumerClient,
  KafkaSubscription,
  PartitionOffset,
} from "../KafkaClient";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const text = (b: Buffer | null | undefined): string | null => (b == null ? null : b.toString("utf8"));
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export interface KafkajsClientOptions {
  /** First pause before reconnecting, doubled up to maxRetryMs (default 500 ms). */
  retryMs?: number;
  maxRetryMs?: number;
}

export class KafkajsClient implements KafkaConsumerClient {
  private listener?: KafkaClientListener;
  private kafka: Kafka;
  private consumer?: Consumer;
  private closed = false;
  /** Per partition, the offset after the last record handed to the stream. */
  private readonly next = new Map<string, PartitionOffset>();
  /**
   * Partitions whose start the stream knows: records of others (fetched while the start positions are
   * still being looked up) are dropped, and fetched again after the seek.
   */
  private readonly started = new Set<string>();
  private readonly brokers: string[];
  private readonly groupId: string;

  constructor(
    private readonly subscription: KafkaSubscription,
    private readonly options: KafkajsClientOptions = {},
  ) {
    this.brokers = String(subscription.kafkaParams["bootstrap.servers"])
      .split(",")
      .map((s) => s.trim());
    this.groupId = String(subscription.kafkaParams["group.id"]);
    this.kafka = new Kafka({
      clientId: String(subscription.kafkaParams["client.id"] ?? "dstream-studio"),
      brokers: this.brokers,
      logLevel: logLevel.NOTHING,
      connectionTimeout: 3000,
      retry: { retries: 3, initialRetryTime: 300, maxRetryTime: 3000 },
    });
  }

  start(listener: KafkaClientListener): void {
    this.listener = listener;
    listener.onStatus({
      state: "connecting",
      message: `Connecting to the Kafka broker at ${this.brokers.join(",")}`,
    });
    void this.connectLoop();
  }

  async commit(offsets: readonly PartitionOffset[]): Promise<void> {
    if (!this.consumer) throw new Error(`Not connected to the Kafka broker at ${this.brokers.join(",")}`);
    await this.consumer.commitOffsets(
      offsets.map(({ topic, partition, offset }) => ({ topic, partition, offset: String(offset) })),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    const consumer = this.consumer;
    this.consumer = undefined;
    await consumer?.disconnect().catch(() => undefined);
    this.listener?.onStatus({ state: "closed" });
  }

  private async connectLoop(): Promise<void> {
    let pause = this.options.retryMs ?? 500;
    while (!this.closed) {
      try {
        await this.runConsumer();
        return;
      } catch (e) {
        await this.consumer?.disconnect().catch(() => undefined);
        this.consumer = undefined;
        if (this.closed) return;
        this.listener?.onStatus({
          state: "reconnecting",
          message: `Cannot reach the Kafka broker at ${this.brokers.join(",")}: ${messageOf(e)}; retrying in ${(pause / 1000).toFixed(1)} s`,
        });
        await sleep(pause);
        pause = Math.min(pause * 2, this.options.maxRetryMs ?? 5000);
      }
    }
  }

  private async runConsumer(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.groupId,
      retry: {
        retries: 3,
        initialRetryTime: 300,
        maxRetryTime: 3000,
        restartOnFailure: async () => !this.closed,
      },
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, (e) => {
      void this.onJoin(consumer, e.payload.memberAssignment).catch((error) =>
        this.listener?.onStatus({
          state: "reconnecting",
          message: `Kafka group ${this.groupId}: ${messageOf(error)}`,
        }),
      );
    });
    consumer.on(consumer.events.CRASH, (e) => {
      if (this.closed) return;
      this.listener?.onStatus({
        state: "reconnecting",
        message: `Lost the Kafka broker at ${this.brokers.join(",")}: ${messageOf(e.payload.error)}; ${e.payload.restart ? "reconnecting" : "retrying"}`,
      });
      if (!e.payload.restart && this.consumer === consumer) {
        this.consumer = undefined;
        void consumer.disconnect().finally(() => this.connectLoop());
      }
    });
    await consumer.connect();
    await consumer.subscribe({
      topics: [...this.subscription.topics],
      fromBeginning: this.reset() === "earliest",
    });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        if (!this.started.has(topicPartitionKey(batch.topic, batch.partition))) return;
        const records = batch.messages.map((m) => this.record(batch.topic, batch.partition, m));
        const last = records[records.length - 1];
        if (last) {
          this.next.set(topicPartitionKey(batch.topic, batch.partition), {
            topic: batch.topic,
            partition: batch.partition,
            offset: last.offset + 1,
          });
          this.listener?.onRecords(records);
        }
      },
    });
  }

  /** The group gave this consumer its partitions: tell the stream where each starts, and seek there. */
  private async onJoin(consumer: Consumer, assignment: Record<string, number[]>): Promise<void> {
    const wanted = this.subscription.partitions;
    const assigned = Object.entries(assignment).flatMap(([topic, partitions]) =>
      partitions
        .filter((partition) => !wanted || wanted.some((w) => w.topic === topic && w.partition === partition))
        .map((partition) => ({ topic, partition })),
    );
    const positions = await this.startPositions(assigned);
    this.listener?.onAssigned(positions);
    for (const p of positions) this.started.add(topicPartitionKey(p.topic, p.partition));
    for (const p of positions)
      consumer.seek({ topic: p.topic, partition: p.partition, offset: String(p.offset) });
    this.listener?.onStatus({
      state: "connected",
      message: `Group ${this.groupId} reads ${positions.map((p) => `${p.topic}-${p.partition}@${p.offset}`).join(", ") || "no partitions"}`,
    });
  }

  /** Per partition: where this client stopped, else the given offsets, else the committed offset, else the reset. */
  private async startPositions(assigned: { topic: string; partition: number }[]): Promise<PartitionOffset[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const topics = [...new Set(assigned.map((a) => a.topic))];
      const committed = new Map<string, number>();
      for (const t of await admin.fetchOffsets({ groupId: this.groupId, topics })) {
        for (const p of t.partitions) {
          if (Number(p.offset) >= 0) committed.set(topicPartitionKey(t.topic, p.partition), Number(p.offset));
        }
      }
      const ends = new Map<string, { low: number; high: number }>();
      for (const topic of topics) {
        for (const p of await admin.fetchTopicOffsets(topic)) {
          ends.set(topicPartitionKey(topic, p.partition), { low: Number(p.low), high: Number(p.high) });
        }
      }
      const missing: string[] = [];
      const positions = assigned.map(({ topic, partition }) => {
        const key = topicPartitionKey(topic, partition);
        const given = this.subscription.offsets?.find((o) => o.topic === topic && o.partition === partition);
        const end = ends.get(key) ?? { low: 0, high: 0 };
        let offset = this.next.get(key)?.offset ?? given?.offset ?? committed.get(key);
        if (offset === undefined) {
          if (this.reset() === "none") missing.push(key);
          offset = this.reset() === "earliest" ? end.low : end.high;
        }
        return { topic, partition, offset };
      });
      if (missing.length > 0) {
        throw new Error(
          `org.apache.kafka.clients.consumer.NoOffsetForPartitionException: Undefined offset with no reset policy for partitions: [${missing.join(", ")}]`,
        );
      }
      return positions;
    } finally {
      await admin.disconnect();
    }
  }

  private reset(): string {
    return String(this.subscription.kafkaParams["auto.offset.reset"] ?? "latest");
  }

  private record(topic: string, partition: number, m: KafkaMessage): ConsumerRecord {
    return {
      topic,
      partition,
      offset: Number(m.offset),
      timestamp: Number(m.timestamp),
      timestampType: "CreateTime",
      key: text(m.key),
      value: text(m.value),
    };
  }
}

export const kafkajsClientFactory = (subscription: KafkaSubscription): KafkaConsumerClient =>
  new KafkajsClient(subscription);
