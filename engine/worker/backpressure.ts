// Spark's backpressure (spark.streaming.backpressure.enabled): a PIDRateEstimator per receiver input
// stream bounds its receiver's rate from each batch's numbers. Also a "drop receiver" fault: the
// receiver stores nothing for a few batches.
import type { CompiledPipeline } from "../graph/compile";
import type { BatchInfo } from "../metrics/BatchInfo";
import { PIDRateEstimator } from "../scheduler/rate/PIDRateEstimator";
import { ReceiverInputDStream } from "../sources/ReceiverInputDStream";

export class Backpressure {
  private enabled = false;
  private readonly dropped = new Map<string, number>();

  constructor(
    private readonly program: CompiledPipeline,
    private readonly batchIntervalMs: number,
  ) {}

  private receiverStreams(): [string, ReceiverInputDStream<unknown>][] {
    const out: [string, ReceiverInputDStream<unknown>][] = [];
    for (const [nodeId, stream] of this.program.streams) {
      if (stream instanceof ReceiverInputDStream) out.push([nodeId, stream]);
    }
    return out;
  }

  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    for (const [, stream] of this.receiverStreams()) {
      if (enabled) stream.rateEstimator = new PIDRateEstimator(this.batchIntervalMs);
      else {
        stream.rateEstimator = undefined;
        stream.receiver.setRateLimit(undefined);
      }
    }
  }

  dropReceiver(nodeId: string, batches: number): void {
    const receiver = this.program.receivers.get(nodeId);
    if (!receiver) return;
    this.dropped.set(nodeId, Math.max(0, batches));
    receiver.setRateLimit(0);
  }

  /** Ends "drop receiver" faults whose batches are over (the estimator publishes rates itself). */
  afterBatch(_info: BatchInfo): void {
    for (const [nodeId, left] of this.dropped) {
      if (left > 1) this.dropped.set(nodeId, left - 1);
      else {
        this.dropped.delete(nodeId);
        this.program.receivers.get(nodeId)?.setRateLimit(undefined);
      }
    }
  }
}
