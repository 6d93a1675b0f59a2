// Spark's ReceiverInputDStream: at each batch time the receiver's stored records become the batch's RDD,
// one partition per block: Spark's BlockGenerator cuts a block every `blockIntervalMs` (200 ms) and skips
// empty ones, so a 1 s batch has up to 5 partitions. Records are spread evenly over the batch's blocks.
// A RateEstimator set here gets the batch numbers after each batch and bounds the receiver's rate.
import { BlockRDD } from "../core/rdd/BlockRDD";
import type { RDD } from "../core/rdd/index";
import type { RateEstimator, RateLimited } from "../scheduler/RateController";
import type { StreamingContext } from "../scheduler/StreamingContext";
import { InputDStream } from "./InputDStream";
import type { Receiver } from "./Receiver";

export class ReceiverInputDStream<T> extends InputDStream<T> implements RateLimited {
  rateEstimator?: RateEstimator;
  /** The last rate a RateEstimator published (records/second). */
  publishedRate?: number;

  constructor(
    ssc: StreamingContext,
    readonly receiver: Receiver<T>,
  ) {
    super(ssc, "ReceiverInputDStream");
  }

  override start(): void {
    this.receiver.startReceiver();
  }

  override stop(): void {
    this.receiver.stopReceiver();
  }

  compute(timeMs: number): RDD<T> {
    if (!this.receiver.isStopped()) this.receiver.generate?.(timeMs - this.slideDuration, timeMs);
    const records = this.receiver.takeBlock();
    this.reportInputRecords(timeMs, records.length);
    const blocks = blocksBetween(timeMs - this.slideDuration, timeMs, this.ssc.blockIntervalMs);
    // Spark's BlockRDD, one partition per block (empty blocks are not stored); no blocks, no partitions.
    const numBlocks = records.length === 0 ? 0 : Math.min(blocks, records.length);
    return new BlockRDD(this.ssc.sparkContext, records, numBlocks, "receiverStream", {
      streamId: this.id,
      blockStartMs: timeMs - this.slideDuration,
      blockIntervalMs: this.ssc.blockIntervalMs,
      writeAheadLog: this.ssc.writeAheadLog,
    });
  }

  publishRate(recordsPerSecond: number): void {
    this.publishedRate = recordsPerSecond;
    this.receiver.setRateLimit(recordsPerSecond);
  }
}

/** Block-timer ticks (multiples of the block interval) in (fromMs, toMs]; at least one block. */
export function blocksBetween(fromMs: number, toMs: number, blockIntervalMs: number): number {
  return Math.max(1, Math.floor(toMs / blockIntervalMs) - Math.floor(fromMs / blockIntervalMs));
}
