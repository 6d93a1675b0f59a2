// The same pipeline run without the fault, beside the run the student watches: compiled from the same
// document in a context of its own (a separate simulated JVM), it replays the run from its first batch
// (seeded sources give the same records at the same times, and the input rates the student set are
// applied at the same batches), then keeps pace batch by batch. Its outputs are what "the output
// without the fault" means. Backpressure bounds rates from simulated processing times, which the
// reference does not share: with backpressure on, the two runs may receive different records.
import { compilePipeline } from "../graph/compile";
import type { PipelineDocument } from "../graph/types";
import { OutputLog } from "./outputLog";

export interface RateChange {
  /** Applied before the batch after this time. */
  afterBatchMs: number;
  nodeId: string;
  recordsPerSecond: number;
}

export class ReferenceRun {
  readonly outputs = new OutputLog();
  private readonly program: ReturnType<typeof compilePipeline>;
  private started = false;
  private applied = 0;

  constructor(
    doc: PipelineDocument,
    private readonly rateChanges: readonly RateChange[],
  ) {
    this.program = compilePipeline(doc, {
      isolated: true,
      sink: {
        print: (nodeId, t, lines) => this.outputs.add(nodeId, t, lines),
        records: (nodeId, t, _kind, records) => this.outputs.addRecords(nodeId, t, records),
      },
    });
  }

  get lastBatchTimeMs(): number {
    return this.program.ssc.lastBatchTimeMs;
  }

  /** Runs batches until the one at `batchTimeMs` has run. A user function's error is the live run's too. */
  async runTo(batchTimeMs: number): Promise<void> {
    const { ssc } = this.program;
    if (!this.started) {
      ssc.start();
      this.started = true;
    }
    while (ssc.lastBatchTimeMs < batchTimeMs && ssc.getState() === "ACTIVE") {
      this.applyRates(ssc.lastBatchTimeMs);
      try {
        await ssc.advance(1);
      } catch {
        // the same error fails the live run's batch; the comparison shows what is missing
      }
    }
  }

  private applyRates(beforeBatchAfter: number): void {
    while (this.applied < this.rateChanges.length) {
      const change = this.rateChanges[this.applied];
      if (change.afterBatchMs > beforeBatchAfter) return;
      this.program.receivers.get(change.nodeId)?.setRate(change.recordsPerSecond);
      this.applied++;
    }
  }

  stop(): void {
    this.program.ssc.stop();
  }
}
