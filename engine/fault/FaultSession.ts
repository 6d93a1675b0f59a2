// The fault model in a running studio: the injector on the live context, the outputs the live run
// printed and saved, and (from the first loss on) the reference run without the fault, compared batch by
// batch from the batch hit on. The worker (EngineHost) owns one per loaded pipeline.
import type { CompiledPipeline } from "../graph/compile";
import type { PipelineDocument } from "../graph/types";
import { FaultInjector } from "./FaultInjector";
import { type BatchComparison, compareBatch, OutputLog } from "./outputLog";
import { type RateChange, ReferenceRun } from "./ReferenceRun";
import type { FaultStatus } from "./report";

/** Batches compared after the batch hit. */
const COMPARED_BATCHES = 12;

export class FaultSession {
  readonly injector: FaultInjector;
  private readonly live = new OutputLog();
  private readonly rateChanges: RateChange[] = [];
  private reference?: ReferenceRun;
  private comparison: BatchComparison[] = [];
  private readonly nodeOfStream: Record<number, string> = {};

  constructor(
    private readonly doc: PipelineDocument,
    private readonly program: CompiledPipeline,
  ) {
    this.injector = new FaultInjector(program.ssc, doc.settings.executors);
    // Output nodes map to the stream they consume: name a stream by the node that makes it first.
    const outputs = new Set(program.outputs.keys());
    for (const [nodeId, stream] of program.streams)
      if (!outputs.has(nodeId)) this.nodeOfStream[stream.id] = nodeId;
    for (const [nodeId, stream] of program.streams) this.nodeOfStream[stream.id] ??= nodeId;
  }

  /** The live run printed lines or produced records (the sink's messages). */
  observePrint(nodeId: string, batchTimeMs: number, lines: readonly string[]): void {
    this.live.add(nodeId, batchTimeMs, lines);
  }

  observeRecords(nodeId: string, batchTimeMs: number, records: readonly unknown[]): void {
    this.live.addRecords(nodeId, batchTimeMs, records);
  }

  setRate(nodeId: string, recordsPerSecond: number): void {
    this.rateChanges.push({ afterBatchMs: this.program.ssc.lastBatchTimeMs, nodeId, recordsPerSecond });
  }

  /** Loses the executor in the next batch; the reference run starts now. */
  loseExecutor(executorId: string): void {
    this.injector.loseExecutor(executorId);
    this.reference ??= new ReferenceRun(this.doc, this.rateChanges);
    this.comparison = [];
  }

  /** A live batch completed: bring the reference to it and compare, from the batch hit on. */
  async afterBatch(batchTimeMs: number): Promise<boolean> {
    const report = this.lastReport();
    if (!this.reference || !report || batchTimeMs < report.batchTime) return false;
    if (this.comparison.length >= COMPARED_BATCHES) return false;
    await this.reference.runTo(batchTimeMs);
    this.comparison.push(compareBatch(batchTimeMs, this.live, this.reference.outputs));
    this.live.dropBefore(batchTimeMs);
    this.reference.outputs.dropBefore(batchTimeMs);
    return true;
  }

  status(): FaultStatus {
    const report = this.lastReport();
    let i = 0;
    return {
      executors: [...this.injector.cluster.executorIds()],
      receivers: [...this.program.receivers.keys()].map((nodeId) => ({
        nodeId,
        executorId: this.injector.receiverExecutor(i++),
      })),
      writeAheadLog: this.program.ssc.writeAheadLog,
      checkpointing: this.program.ssc.checkpointDir !== undefined,
      pending: this.injector.pendingLoss,
      report: report && { ...report, nodeOfStream: this.nodeOfStream },
      comparison: [...this.comparison],
    };
  }

  private lastReport() {
    return this.injector.reports[this.injector.reports.length - 1];
  }

  dispose(): void {
    this.reference?.stop();
  }
}
