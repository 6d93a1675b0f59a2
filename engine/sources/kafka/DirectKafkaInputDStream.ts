// Spark's DirectKafkaInputDStream (spark-streaming-kafka-0-10): no receiver; each batch reads, per topic
// partition, the offsets between where the previous batch stopped and the latest offset, as one KafkaRDD
// partition per topic partition. The batch's offset ranges are on its RDD (HasOffsetRanges); after the
// output is stored the application commits them (commitAsync), and a restarted stream with the same
// group.id starts from the committed offsets, so nothing is lost and nothing read twice.
//
// Where Spark asks the broker for the latest offsets at batch time (seekToEnd, a blocking call), here the
// client fetches in the background and "latest" is the offset after the last record received by batch
// time: a batch stays synchronous, and a broker that goes away leaves every received record in place for
// the next batches. Clamping (maxRatePerPartition, backpressure) follows Spark's maxMessagesPerPartition.

import type { RateEstimator, RateLimited } from "../../scheduler/RateController";
import type { StreamingContext } from "../../scheduler/StreamingContext";
import { InputDStream } from "../InputDStream";
import { type ConsumerRecord, topicPartitionKey } from "./ConsumerRecord";
import type { KafkaClientStatus, KafkaConsumerClient, PartitionOffset } from "./KafkaClient";
import { KafkaRDD } from "./KafkaRDD";
import { OffsetRange } from "./OffsetRange";
import type { PerPartitionConfig } from "./PerPartitionConfig";

/** Spark's OffsetCommitCallback: the committed offsets, or the error the commit failed with. */
export type OffsetCommitCallback = (offsets: readonly PartitionOffset[], error?: Error) => void;

/** Spark's CanCommitOffsets (the direct stream: `stream.asInstanceOf[CanCommitOffsets]`). */
export interface CanCommitOffsets {
  commitAsync(offsetRanges: readonly OffsetRange[], callback?: OffsetCommitCallback): void;
}

interface PartitionState {
  topic: string;
  partition: number;
  /** Spark's currentOffsets: where the next batch starts. */
  current: number;
  /** One past the last offset received (the "latest" offset this stream knows). */
  received: number;
  /** Records received and not yet in a batch, in offset order. */
  buffer: ConsumerRecord[];
}

export class DirectKafkaInputDStream
  extends InputDStream<ConsumerRecord>
  implements RateLimited, CanCommitOffsets
{
  rateEstimator?: RateEstimator;
  publishedRate?: number;
  private readonly partitions = new Map<string, PartitionState>();
  private commitQueue: OffsetRange[] = [];
  private commitCallback?: OffsetCommitCallback;
  private pendingCommits = new Set<Promise<void>>();
  /** Each recent batch's offset ranges, for commits once the batch's outputs are done. */
  private readonly rangesByTime = new Map<number, OffsetRange[]>();
  private readonly statusListeners = new Set<(status: KafkaClientStatus) => void>();
  private readonly receivedListeners = new Set<(records: readonly ConsumerRecord[]) => void>();
  private assigned!: () => void;
  private closing?: Promise<void>;
  /** Resolves once the client knows its partitions and where each starts (start() began connecting). */
  readonly assignment: Promise<void>;
  status: KafkaClientStatus = { state: "connecting" };

  constructor(
    ssc: StreamingContext,
    readonly client: KafkaConsumerClient,
    private readonly ppc: PerPartitionConfig,
    /** Kafka's enable.auto.commit: the driver's consumer commits its position (the latest offsets). */
    private readonly autoCommit: boolean,
  ) {
    super(ssc, "DirectKafkaInputDStream");
    this.assignment = new Promise((resolve) => {
      this.assigned = resolve;
    });
  }

  /** Spark's name for the stream in the Streaming UI. */
  get displayName(): string {
    return `Kafka 0.10 direct stream [${this.id}]`;
  }

  override start(): void {
    this.client.start({
      onAssigned: (positions) => this.onAssigned(positions),
      onRecords: (records) => this.onRecords(records),
      onStatus: (status) => this.setStatus(status),
    });
  }

  override stop(): void {
    this.closing ??= this.flushCommits().then(() => this.client.close());
  }

  /** Resolves once stop() has closed the client (its commits sent first). */
  get closed(): Promise<void> {
    return this.closing ?? Promise.resolve();
  }

  onStatus(listener: (status: KafkaClientStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Told of the records each fetch brought that this stream had not received before. */
  onReceived(listener: (records: readonly ConsumerRecord[]) => void): () => void {
    this.receivedListeners.add(listener);
    return () => this.receivedListeners.delete(listener);
  }

  /** Records received from the broker that no batch has read yet (they wait for the next batches). */
  get bufferedRecords(): number {
    let n = 0;
    for (const p of this.partitions.values()) n += p.buffer.length;
    return n;
  }

  /** Where the next batch starts, per topic partition (Spark's currentOffsets). */
  get currentOffsets(): PartitionOffset[] {
    return this.sorted().map((p) => ({ topic: p.topic, partition: p.partition, offset: p.current }));
  }

  compute(timeMs: number): KafkaRDD {
    this.client.poll?.(timeMs);
    const states = this.sorted();
    const until = this.clamp(states);
    const ranges: OffsetRange[] = [];
    const records: ConsumerRecord[][] = [];
    states.forEach((p, i) => {
      const end = until[i] as number;
      let n = 0;
      while (n < p.buffer.length && (p.buffer[n] as ConsumerRecord).offset < end) n++;
      records.push(p.buffer.splice(0, n));
      ranges.push(new OffsetRange(p.topic, p.partition, p.current, end));
      p.current = end;
    });
    const rdd = new KafkaRDD(this.ssc.sparkContext, ranges, records);
    this.rangesByTime.set(timeMs, ranges);
    for (const t of this.rangesByTime.keys()) if (this.rangesByTime.size > 1000) this.rangesByTime.delete(t);
    this.reportInputRecords(
      timeMs,
      records.reduce((a, r) => a + r.length, 0),
    );
    if (this.autoCommit)
      this.commitAsync(states.map((p) => new OffsetRange(p.topic, p.partition, p.received, p.received)));
    this.commitAll();
    return rdd;
  }

  /** The offset ranges of the batch at `timeMs` (Spark reports them as the batch's input metadata). */
  offsetRangesAt(timeMs: number): readonly OffsetRange[] | undefined {
    return this.rangesByTime.get(timeMs);
  }

  /**
   * Queue offset ranges for commit to Kafka at a future time (the next batch, as Spark's): the largest
   * untilOffset per partition is committed. Only the most recently provided callback is used.
   */
  commitAsync(offsetRanges: readonly OffsetRange[], callback?: OffsetCommitCallback): void {
    this.commitCallback = callback;
    this.commitQueue.push(...offsetRanges);
  }

  /** Sends the queued commits now and resolves when every commit sent so far is done (a clean stop). */
  async flushCommits(): Promise<void> {
    this.commitAll();
    await Promise.all([...this.pendingCommits]);
  }

  publishRate(recordsPerSecond: number): void {
    this.publishedRate = recordsPerSecond;
  }

  private commitAll(): void {
    if (this.commitQueue.length === 0) return;
    const byPartition = new Map<string, PartitionOffset>();
    for (const r of this.commitQueue) {
      const key = topicPartitionKey(r.topic, r.partition);
      const prev = byPartition.get(key);
      if (!prev || r.untilOffset > prev.offset)
        byPartition.set(key, { topic: r.topic, partition: r.partition, offset: r.untilOffset });
    }
    this.commitQueue = [];
    const offsets = [...byPartition.values()];
    const callback = this.commitCallback;
    const commit = this.client.commit(offsets).then(
      () => callback?.(offsets),
      (error: unknown) => {
        const e = error instanceof Error ? error : new Error(String(error));
        this.setStatus({ state: "reconnecting", message: `Offset commit failed: ${e.message}` });
        callback?.(offsets, e);
      },
    );
    this.pendingCommits.add(commit);
    void commit.finally(() => this.pendingCommits.delete(commit));
  }

  /** Spark's clamp(latestOffsets()): per partition, the offset this batch reads up to. */
  private clamp(states: PartitionState[]): number[] {
    const latest = states.map((p) => p.received);
    const estimated = this.rateEstimator
      ? (this.publishedRate ?? 0) > 0
        ? this.publishedRate
        : this.ppc.initialRate
      : undefined;
    let limits: number[];
    if (estimated !== undefined && estimated > 0) {
      // calculate a per-partition rate limit based on current lag
      const lags = states.map((p, i) => Math.max((latest[i] as number) - p.current, 0));
      const totalLag = lags.reduce((a, b) => a + b, 0);
      limits = states.map((p, i) => {
        const max = this.ppc.maxRatePerPartition(p.topic, p.partition);
        const backpressureRate = ((lags[i] as number) / totalLag) * estimated;
        return max > 0 ? Math.min(backpressureRate, max) : backpressureRate;
      });
    } else {
      limits = states.map((p) => this.ppc.maxRatePerPartition(p.topic, p.partition));
    }
    const sum = limits.reduce((a, b) => a + (Number.isNaN(b) ? 0 : b), 0);
    if (!(sum > 0)) return latest;
    const secsPerBatch = this.ssc.batchDuration / 1000;
    return states.map((p, i) => {
      const limit = Number.isNaN(limits[i]) ? 0 : (limits[i] as number);
      const messages = Math.max(
        Math.trunc(secsPerBatch * limit),
        this.ppc.minRatePerPartition(p.topic, p.partition),
      );
      return Math.min(p.current + messages, latest[i] as number);
    });
  }

  private onAssigned(positions: readonly PartitionOffset[]): void {
    for (const { topic, partition, offset } of positions) {
      const key = topicPartitionKey(topic, partition);
      // A partition this stream already reads keeps its own offsets: after a reconnect the client starts
      // again from the committed offset, and what this stream already received is not read twice.
      if (!this.partitions.has(key)) {
        this.partitions.set(key, { topic, partition, current: offset, received: offset, buffer: [] });
      }
    }
    this.assigned();
  }

  private onRecords(records: readonly ConsumerRecord[]): void {
    const fresh: ConsumerRecord[] = [];
    for (const record of records) {
      const p = this.partitions.get(topicPartitionKey(record.topic, record.partition));
      if (!p || record.offset < p.received) continue; // already received (a fetch after a reconnect)
      p.buffer.push(record);
      p.received = record.offset + 1;
      fresh.push(record);
    }
    if (fresh.length > 0) for (const listener of this.receivedListeners) listener(fresh);
  }

  private setStatus(status: KafkaClientStatus): void {
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }

  private sorted(): PartitionState[] {
    return [...this.partitions.values()].sort((a, b) =>
      a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1,
    );
  }
}
