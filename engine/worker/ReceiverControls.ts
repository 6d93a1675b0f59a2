// Spark's backpressure (spark.streaming.backpressure.enabled), switched by the page at run time through
// the engine's setBackpressure; and the "drop receiver" fault: a receiver stores nothing for a few batches.
import type { CompiledPipeline } from "../graph/compile";
import { setBackpressure } from "../scheduler/rate/backpressure";

export class ReceiverControls {
  private enabled = false;
  private readonly dropped = new Map<string, number>();

  constructor(private readonly program: CompiledPipeline) {}

  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    setBackpressure(this.program.ssc, enabled);
  }

  dropReceiver(nodeId: string, batches: number): void {
    const receiver = this.program.receivers.get(nodeId);
    if (!receiver) return;
    this.dropped.set(nodeId, Math.max(0, batches));
    receiver.setRateLimit(0);
    receiver.reportError(`Simulated failure: the receiver is down for ${batches} batches, then restarts`);
  }

  /** False while a "drop receiver" fault holds the receiver down (Spark's ReceiverInfo.active). */
  isActive(nodeId: string): boolean {
    const receiver = this.program.receivers.get(nodeId);
    return receiver !== undefined && !receiver.isStopped() && !this.dropped.has(nodeId);
  }

  /** Ends "drop receiver" faults whose batches are over (the estimator publishes rates itself). */
  afterBatch(): void {
    for (const [nodeId, left] of this.dropped) {
      if (left > 1) this.dropped.set(nodeId, left - 1);
      else {
        this.dropped.delete(nodeId);
        this.program.receivers.get(nodeId)?.setRateLimit(undefined);
      }
    }
  }
}
