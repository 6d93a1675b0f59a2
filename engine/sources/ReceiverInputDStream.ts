// Spark's ReceiverInputDStream: at each batch time the receiver's stored records become the batch's RDD,
// cut into `defaultParallelism` contiguous partitions (Spark: one partition per 200 ms block).
// A RateEstimator set here gets the batch numbers after each batch and bounds the receiver's rate.
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
    const block = this.receiver.takeBlock();
    this.reportInputRecords(timeMs, block.length);
    return this.ssc.sparkContext.parallelize(block);
  }

  publishRate(recordsPerSecond: number): void {
    this.publishedRate = recordsPerSecond;
    this.receiver.setRateLimit(recordsPerSecond);
  }
}
