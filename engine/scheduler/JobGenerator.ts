// Spark's JobGenerator + JobScheduler with spark.streaming.concurrentJobs = 1. At each batch time the
// generator allocates the receivers' blocks and generates the output streams' jobs; a JobSet without jobs
// is dropped before any listener event (JobScheduler.submitJobSet: "No jobs added for time"), the others
// are posted (onBatchSubmitted) and queued. The executor runs one JobSet at a time, in order: a batch
// generated while another is processing waits in the queue, and its scheduling delay grows.
//
// Time: with a processingTimeModel a JobSet takes model(work) ms of the context's clock; it starts
// (onBatchStarted, its jobs run) once the clock reaches the previous JobSet's end, and completes
// (onBatchCompleted, metadata cleared) once the clock reaches its own end. Without a model the work is
// its real duration and completes at once.
import type { DStreamGraph, Job } from "../core/DStreamGraph";
import { BATCH_TIME_PROPERTY, OUTPUT_OP_ID_PROPERTY } from "../core/jobEvents";
import type {
  BatchGeneratedHook,
  BatchInfo,
  OutputOperationInfo,
  StreamingListener,
} from "../metrics/BatchInfo";
import type { BatchWork } from "../metrics/BatchWork";
import { describeWork } from "../metrics/describeWork";
import { type Clock, now } from "./clock";
import type { RateLimited } from "./RateController";

export interface InputInfoTracker {
  /** Records an input stream reports to the batch (Spark's InputInfoTracker: receivers do, queues don't). */
  report(batchTime: number, streamId: number, numRecords: number): void;
  /** Records an input stream brought into the batch without reporting them (for the engine's hook). */
  observe(batchTime: number, streamId: number, numRecords: number): void;
}

interface JobSet {
  info: BatchInfo;
  jobs: Job[];
  /** An error generating the jobs: the JobSet fails as soon as it starts. */
  error?: unknown;
}

function addTo(map: Map<number, Record<number, number>>, time: number, stream: number, n: number) {
  const info = map.get(time) ?? {};
  info[stream] = (info[stream] ?? 0) + n;
  map.set(time, info);
}

export class JobGenerator implements InputInfoTracker {
  readonly listeners: StreamingListener[] = [];
  readonly generatedHooks: BatchGeneratedHook[] = [];
  private lastProcessingEnd = Number.NEGATIVE_INFINITY;
  private inputInfo = new Map<number, Record<number, number>>();
  private observedInput = new Map<number, Record<number, number>>();
  /** JobSets submitted and not yet started, oldest first. */
  private readonly queue: JobSet[] = [];
  /** The JobSet the executor is running (on the simulated clock: until the clock reaches its end). */
  private processing?: JobSet;
  readonly completed: BatchInfo[] = [];

  constructor(
    private readonly graph: DStreamGraph,
    private readonly clock: Clock,
    private readonly simulatedTime: boolean,
    private readonly processingTimeModel?: (work: BatchWork) => number,
  ) {}

  report(batchTime: number, streamId: number, numRecords: number): void {
    addTo(this.inputInfo, batchTime, streamId, numRecords);
    this.observe(batchTime, streamId, numRecords);
  }

  observe(batchTime: number, streamId: number, numRecords: number): void {
    addTo(this.observedInput, batchTime, streamId, numRecords);
  }

  /** JobSets waiting for the executor, oldest first (Spark's Streaming UI: queued batches). */
  get queuedBatches(): readonly BatchInfo[] {
    return this.queue.map((s) => s.info);
  }

  /** The batch being processed, if any. */
  get processingBatch(): BatchInfo | undefined {
    return this.processing?.info;
  }

  /**
   * The timer fired for `batchTime` (the clock is there): JobSets due before it start and complete, the
   * batch's jobs are generated and submitted. Returns the batch's BatchInfo (a live object the scheduler
   * fills in as it starts and completes), or undefined when it had no jobs. Rethrows the first error of a
   * user function in a JobSet that ran.
   */
  runBatch(batchTime: number): BatchInfo | undefined {
    let failure: unknown;
    try {
      this.runDue();
    } catch (e) {
      failure = e;
    }
    const info = this.generate(batchTime);
    try {
      this.runDue();
    } catch (e) {
      failure ??= e;
    }
    if (failure !== undefined) throw failure;
    return info;
  }

  /** Runs every queued JobSet to its end, moving a manual clock along (a graceful stop). */
  drain(setTime?: (timeMs: number) => void): void {
    let failure: unknown;
    while (this.processing || this.queue.length > 0) {
      const next = this.processing?.info.processingEndTime ?? this.nextStartTime();
      if (setTime && next > this.clock.getTimeMillis()) setTime(next);
      try {
        this.runDue(true);
      } catch (e) {
        failure ??= e;
      }
    }
    if (failure !== undefined) throw failure;
  }

  /** Drops queued JobSets (a stop that doesn't wait: Spark's jobExecutor.shutdownNow). */
  discardQueue(): void {
    this.queue.length = 0;
    this.processing = undefined;
  }

  private generate(batchTime: number): BatchInfo | undefined {
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
    const observed = this.observedInput.get(batchTime) ?? {};
    this.inputInfo.delete(batchTime);
    this.observedInput.delete(batchTime);
    const numRecords = Object.values(perStream).reduce((a, b) => a + b, 0);
    for (const hook of this.generatedHooks) {
      hook({ batchTime, numOutputOps: jobs.length, inputRecordsByStream: { ...observed } });
    }
    if (jobs.length === 0 && error === undefined) return undefined; // "No jobs added for time"
    const info: BatchInfo = {
      batchTime,
      numRecords,
      streamIdToNumRecords: perStream,
      submissionTime,
      numOutputOps: jobs.length,
    };
    this.emit("onBatchSubmitted", info);
    this.queue.push({ info, jobs, error });
    return info;
  }

  private nextStartTime(): number {
    const head = this.queue[0];
    return Math.max(head.info.submissionTime, this.lastProcessingEnd);
  }

  /** Completes and starts JobSets in time order up to the clock's time (or all of them: `all`). */
  runDue(all = false): void {
    const clockNow = this.clock.getTimeMillis();
    for (;;) {
      const current = this.processing;
      if (current) {
        const ended = all || !this.processingTimeModel || current.info.processingEndTime! <= clockNow;
        if (!ended) return;
        this.complete(current);
        continue;
      }
      if (this.queue.length === 0) return;
      const start = this.simulatedTime || this.processingTimeModel ? this.nextStartTime() : clockNow;
      if (!all && start > clockNow) return;
      this.start(this.queue.shift()!, start);
    }
  }

  private start(set: JobSet, start: number): void {
    const { info } = set;
    this.processing = set;
    info.processingStartTime = start;
    info.schedulingDelay = start - info.submissionTime;
    this.emit("onBatchStarted", info);
    const t0 = now();
    let error = set.error;
    if (error === undefined) {
      for (let i = 0; i < set.jobs.length && error === undefined; i++) {
        error = this.runOutputOperation(set.jobs[i], i, info.batchTime);
      }
    }
    const measured = now() - t0;
    let duration = measured;
    if (this.processingTimeModel && error === undefined) {
      const streams = this.graph.allStreams();
      const inputs = new Set(this.graph.inputStreams);
      duration = this.processingTimeModel(
        describeWork(streams, inputs, info.batchTime, this.graph.batchDuration, info.numRecords, measured),
      );
    } else if (!this.simulatedTime) {
      duration = this.clock.getTimeMillis() - start;
    }
    const end = start + duration;
    this.lastProcessingEnd = end;
    Object.assign(info, {
      processingEndTime: end,
      processingDelay: duration,
      totalDelay: end - info.submissionTime,
      measuredComputeMs: measured,
    });
    if (error !== undefined) {
      // A failed JobSet ends with its failing job: it completes at once, and the error is reported.
      info.failureReason = error instanceof Error ? error.message : String(error);
      this.complete(set);
      throw error;
    }
  }

  /**
   * One output operation: its jobs are marked with the batch time and its id (Spark's local properties),
   * and listeners hear when it starts and completes. Returns the error that failed it, if any.
   */
  private runOutputOperation(job: Job, id: number, batchTime: number): unknown {
    const stream = job.outputStream as Job["outputStream"] & { outputKind?: string };
    const op: OutputOperationInfo = {
      batchTime,
      id,
      name: stream.outputKind ?? stream.name,
      streamId: stream.id,
    };
    const { localProperties } = stream.ssc.sparkContext;
    localProperties.set(BATCH_TIME_PROPERTY, String(batchTime));
    localProperties.set(OUTPUT_OP_ID_PROPERTY, String(id));
    this.emitOutputOp("onOutputOperationStarted", op);
    const t0 = now();
    let error: unknown;
    try {
      job.run();
    } catch (e) {
      error = e;
    }
    localProperties.delete(BATCH_TIME_PROPERTY);
    localProperties.delete(OUTPUT_OP_ID_PROPERTY);
    op.durationMs = now() - t0;
    if (error !== undefined) op.failureReason = error instanceof Error ? error.message : String(error);
    this.emitOutputOp("onOutputOperationCompleted", op);
    return error;
  }

  private emitOutputOp(
    event: "onOutputOperationStarted" | "onOutputOperationCompleted",
    op: OutputOperationInfo,
  ): void {
    for (const l of this.listeners) l[event]?.({ ...op });
  }

  private complete(set: JobSet): void {
    const { info } = set;
    this.processing = undefined;
    this.completed.push(info);
    if (this.completed.length > 1000) this.completed.shift();
    this.emit("onBatchCompleted", info);
    this.publishRates(info);
    this.graph.clearMetadata(info.batchTime);
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

  private emit(event: "onBatchSubmitted" | "onBatchStarted" | "onBatchCompleted", info: BatchInfo): void {
    for (const l of this.listeners) l[event]?.({ ...info });
  }
}
