// Spark's JobGenerator + JobScheduler with job concurrency 1: for each batch time, generate the jobs of all
// output streams, run them in order, record BatchInfo, tell listeners, update receiver rates, forget old
// RDDs. A batch cannot start before the previous one ended, so scheduling delay grows when processing
// takes longer than the batch interval.
import type { DStreamGraph } from "../core/DStreamGraph";
import type { BatchInfo, StreamingListener } from "../metrics/BatchInfo";
import type { BatchWork } from "../metrics/BatchWork";
import { describeWork } from "../metrics/describeWork";
import { type Clock, now } from "./clock";
import type { RateLimited } from "./RateController";

export interface InputInfoTracker {
  report(batchTime: number, streamId: number, numRecords: number): void;
}

export class JobGenerator implements InputInfoTracker {
  readonly listeners: StreamingListener[] = [];
  private lastProcessingEnd = Number.NEGATIVE_INFINITY;
  private inputInfo = new Map<number, Record<number, number>>();
  readonly completed: BatchInfo[] = [];

  constructor(
    private readonly graph: DStreamGraph,
    private readonly clock: Clock,
    private readonly simulatedTime: boolean,
    private readonly processingTimeModel?: (work: BatchWork) => number,
  ) {}

  report(batchTime: number, streamId: number, numRecords: number): void {
    const info = this.inputInfo.get(batchTime) ?? {};
    info[streamId] = (info[streamId] ?? 0) + numRecords;
    this.inputInfo.set(batchTime, info);
  }

  /** Generate and run the batch at `batchTime`. Rethrows the first error of a user function. */
  runBatch(batchTime: number): BatchInfo {
    const t0 = now();
    const submissionTime = this.simulatedTime ? batchTime : this.clock.getTimeMillis();
    let error: unknown;
    let jobs: ReturnType<DStreamGraph["generateJobs"]> = [];
    try {
      // Spark gives every batch its received blocks (ReceiverTracker.allocateBlocksToBatch), even when no
      // output reads the receiver's stream at that time (a window sliding every 2 batches reads it later).
      for (const input of this.graph.inputStreams) {
        if ("receiver" in input && input.isInitialized) input.getOrCompute(batchTime);
      }
      jobs = this.graph.generateJobs(batchTime);
    } catch (e) {
      error = e;
    }
    const perStream = this.inputInfo.get(batchTime) ?? {};
    this.inputInfo.delete(batchTime);
    const numRecords = Object.values(perStream).reduce((a, b) => a + b, 0);
    const info: BatchInfo = {
      batchTime,
      numRecords,
      streamIdToNumRecords: perStream,
      submissionTime,
      numOutputOps: jobs.length,
    };
    this.emit("onBatchSubmitted", info);
    const clockNow = this.simulatedTime ? submissionTime : this.clock.getTimeMillis();
    const start = Math.max(clockNow, this.lastProcessingEnd);
    info.processingStartTime = start;
    info.schedulingDelay = start - submissionTime;
    this.emit("onBatchStarted", info);
    if (error === undefined) {
      for (const job of jobs) {
        try {
          job.run();
        } catch (e) {
          error = e;
          break;
        }
      }
    }
    const measured = now() - t0;
    let duration = measured;
    if (this.processingTimeModel) {
      const streams = this.graph.allStreams();
      const inputs = new Set(this.graph.inputStreams);
      duration = this.processingTimeModel(
        describeWork(streams, inputs, batchTime, this.graph.batchDuration, numRecords, measured),
      );
    } else if (!this.simulatedTime) {
      duration = this.clock.getTimeMillis() - start;
    }
    const end = start + duration;
    this.lastProcessingEnd = end;
    Object.assign(info, {
      processingEndTime: end,
      processingDelay: duration,
      totalDelay: end - submissionTime,
      measuredComputeMs: measured,
    });
    if (error !== undefined) info.failureReason = error instanceof Error ? error.message : String(error);
    this.completed.push(info);
    if (this.completed.length > 1000) this.completed.shift();
    this.emit("onBatchCompleted", info);
    this.publishRates(info);
    this.graph.clearMetadata(batchTime);
    if (error !== undefined) throw error;
    return info;
  }

  private publishRates(info: BatchInfo): void {
    for (const stream of this.graph.inputStreams as unknown as Partial<RateLimited>[]) {
      const estimator = stream.rateEstimator;
      if (!estimator || stream.id === undefined) continue;
      const rate = estimator.compute(
        info.processingEndTime!,
        info.streamIdToNumRecords[stream.id] ?? 0,
        info.processingDelay!,
        info.schedulingDelay!,
      );
      if (rate !== undefined) stream.publishRate!(rate);
    }
  }

  private emit(event: keyof StreamingListener, info: BatchInfo): void {
    for (const l of this.listeners) l[event]?.({ ...info });
  }
}
