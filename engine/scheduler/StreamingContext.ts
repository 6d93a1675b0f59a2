// Spark's StreamingContext: owns the DStream graph, the clock and the job generator; lifecycle states
// and error messages are Spark's. On the manual clock batch k (1-based) runs at k * batchIntervalMs, and
// only when `advance` is called.
import type { DStream, SparkStorageLevel } from "../core/DStream";
import { DStreamGraph } from "../core/DStreamGraph";
import { illegalState, requireThat } from "../core/errors";
import type { RDD } from "../core/rdd/index";
import { SparkContext } from "../core/SparkContext";
import type { BatchGeneratedHook, BatchInfo, StreamingListener } from "../metrics/BatchInfo";
import type { BatchWork } from "../metrics/BatchWork";
import { installFluentMethods } from "../operators/fluent";
import { TransformedDStream } from "../operators/TransformedDStream";
import { UnionDStream } from "../operators/UnionDStream";
import { defaultFileSystem, type FileSystem } from "../sinks/fileSystem";
import { defaultNet, type NetEnv } from "../sources/net/NetEnv";
import { socketTextStream, textFileStream } from "../sources/net/streams";
import { QueueInputDStream } from "../sources/QueueInputDStream";
import type { Receiver } from "../sources/Receiver";
import { ReceiverInputDStream } from "../sources/ReceiverInputDStream";
import { type Clock, ManualClock, SystemClock, yieldToEventLoop } from "./clock";
import { JobGenerator } from "./JobGenerator";

export type StreamingContextState = "INITIALIZED" | "ACTIVE" | "STOPPED";

export interface StreamingContextOptions {
  batchIntervalMs: number;
  /** "manual" (default): time moves only with advance(); "system": real time; or your own Clock. */
  clock?: "manual" | "system" | Clock;
  /** Partitions of parallelized data and shuffles (Spark's default parallelism). */
  defaultParallelism?: number;
  /**
   * Spark's spark.streaming.blockInterval (default 200 ms): a receiver's records are cut into one block
   * per interval, and each block is one partition (task) of the batch's RDD.
   */
  blockIntervalMs?: number;
  /**
   * Simulated processing time of a batch in ms; when set, processingEndTime = processingStartTime +
   * model(work) and later batches queue behind it (scheduling delay) as on a busy cluster.
   */
  processingTimeModel?: (work: BatchWork) => number;
  /**
   * Count the records of every generated RDD as it is computed, so BatchWork has recordsIn/recordsOut for
   * every stream. Costs speed (a call per record per stream); default: on when processingTimeModel is set.
   * Persisted streams know their counts either way.
   */
  trackRecordCounts?: boolean;
  /** Where saveAsTextFiles writes (default: in memory; real files under the Node entry, engine/indexNode.ts). */
  fileSystem?: FileSystem;
  /** Where print() writes its lines (default: console.log). */
  out?: (line: string) => void;
  /**
   * The network and directories real sources read (socketTextStream, textFileStream, HTTP streams).
   * Default: Node's under the Node entry (engine/indexNode.ts), the worker's in the browser, else none.
   */
  net?: NetEnv;
  /**
   * Spark's spark.streaming.receiver.writeAheadLog.enable: receivers write every block to a log in the
   * checkpoint directory before storing it, so a block an executor loss takes is read back (simulated: the
   * log is the engine's memory, see engine/fault/README.md). Needs ssc.checkpoint(dir), as Spark does.
   */
  writeAheadLog?: boolean;
  /**
   * A context in a JVM of its own: it does not count as the active context (the fault model runs the same
   * pipeline without the fault beside the one the student runs; engine/fault).
   */
  isolated?: boolean;
}

let activeContext: StreamingContext | undefined;

export class StreamingContext {
  readonly batchDuration: number;
  readonly sparkContext: SparkContext;
  readonly graph: DStreamGraph;
  readonly clock: Clock;
  readonly fileSystem: FileSystem;
  readonly net: NetEnv | undefined;
  readonly out: (line: string) => void;
  readonly trackRecordCounts: boolean;
  readonly blockIntervalMs: number;
  checkpointDir?: string;
  readonly writeAheadLog: boolean;
  private readonly isolated: boolean;
  private state: StreamingContextState = "INITIALIZED";
  private readonly manual: boolean;
  private readonly scheduler: JobGenerator;
  private nextStreamId = 0;
  private lastBatchTime = 0;
  private running: Promise<unknown> = Promise.resolve();
  private startSite = "";
  private terminationWaiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  private reportedError: unknown;

  constructor(options: StreamingContextOptions) {
    // Every DStream belongs to a context, so the fluent API is in place before the first one exists.
    installFluentMethods();
    const interval = options.batchIntervalMs;
    requireThat(
      Number.isFinite(interval) && interval > 0,
      `Batch duration for StreamingContext must be a positive number of ms, got ${interval}`,
    );
    this.batchDuration = interval;
    this.blockIntervalMs = options.blockIntervalMs ?? 200;
    requireThat(this.blockIntervalMs > 0, "'spark.streaming.blockInterval' should be a positive value");
    this.sparkContext = new SparkContext(options.defaultParallelism ?? 2);
    this.graph = new DStreamGraph(interval);
    const clock = options.clock ?? "manual";
    this.clock = clock === "manual" ? new ManualClock() : clock === "system" ? new SystemClock() : clock;
    this.manual = this.clock instanceof ManualClock;
    this.fileSystem = options.fileSystem ?? defaultFileSystem();
    this.net = options.net ?? defaultNet();
    this.out = options.out ?? ((line) => console.log(line));
    this.writeAheadLog = options.writeAheadLog ?? false;
    this.isolated = options.isolated ?? false;
    this.trackRecordCounts = options.trackRecordCounts ?? options.processingTimeModel !== undefined;
    this.scheduler = new JobGenerator(this.graph, this.clock, this.manual, options.processingTimeModel);
  }

  static getActive(): StreamingContext | undefined {
    return activeContext;
  }

  getState(): StreamingContextState {
    return this.state;
  }

  /** @internal ids for DStreams, in creation order. */
  newStreamId(): number {
    return this.nextStreamId++;
  }

  /** @internal where input streams report the records of a batch. */
  get inputInfoTracker(): JobGenerator {
    return this.scheduler;
  }

  /** BatchInfo of the most recent completed batches (up to 1000). */
  get completedBatches(): readonly BatchInfo[] {
    return this.scheduler.completed;
  }

  // ---- building the graph ----
  queueStream<T>(
    queue: (readonly T[] | RDD<T>)[],
    oneAtATime = true,
    defaultRDD?: readonly T[] | RDD<T>,
  ): DStream<T> {
    return new QueueInputDStream<T>(this, queue, oneAtATime, defaultRDD);
  }

  receiverStream<T>(receiver: Receiver<T>): ReceiverInputDStream<T> {
    return new ReceiverInputDStream<T>(this, receiver);
  }

  /** Lines of a TCP socket (Spark's socketTextStream), with Spark's receiver restarts. Needs `net`. */
  socketTextStream(
    host: string,
    port: number,
    storageLevel?: SparkStorageLevel,
  ): ReceiverInputDStream<string> {
    return socketTextStream(this, host, port, { storageLevel });
  }

  /** New files of a directory, one record a line (Spark's textFileStream). Needs `net`. */
  textFileStream(directory: string): DStream<string> {
    return textFileStream(this, directory);
  }

  union<T>(streams: readonly DStream<T>[]): DStream<T> {
    return new UnionDStream<T>(streams);
  }

  /** Spark's StreamingContext.transform: one function of several streams' RDDs at each batch time. */
  transform<T>(
    streams: readonly DStream<any>[],
    transformFunc: (rdds: RDD<any>[], timeMs: number) => RDD<T>,
  ): DStream<T> {
    requireThat(streams.length > 0, "List of DStreams to transform is empty");
    return new TransformedDStream<T>(streams, transformFunc);
  }

  /** Spark's checkpoint(directory): enables the stateful operators that need checkpointing. */
  checkpoint(directory: string): void {
    this.checkpointDir = directory;
    this.sparkContext.setCheckpointDir(directory);
  }

  remember(durationMs: number): void {
    this.graph.remember(durationMs);
  }

  addStreamingListener(listener: StreamingListener): void {
    this.scheduler.listeners.push(listener);
  }

  removeStreamingListener(listener: StreamingListener): void {
    const i = this.scheduler.listeners.indexOf(listener);
    if (i >= 0) this.scheduler.listeners.splice(i, 1);
  }

  /** The engine's hook (not Spark's): every batch time, with or without jobs (see BatchGenerated). */
  addBatchGeneratedHook(hook: BatchGeneratedHook): void {
    this.scheduler.generatedHooks.push(hook);
  }

  /** Batches submitted and waiting for the executor, oldest first (Spark's queued batches). */
  get queuedBatches(): readonly BatchInfo[] {
    return this.scheduler.queuedBatches;
  }

  /** The batch the executor is processing, if any. */
  get processingBatch(): BatchInfo | undefined {
    return this.scheduler.processingBatch;
  }

  // ---- lifecycle ----
  start(): void {
    if (this.state === "STOPPED") throw illegalState("StreamingContext has already been stopped");
    if (this.state === "ACTIVE") return; // Spark only warns: "StreamingContext has already been started"
    if (!this.isolated && activeContext && activeContext !== this) {
      throw illegalState(
        "Only one StreamingContext may be started in this JVM. Currently running StreamingContext was started at" +
          activeContext.startSite,
      );
    }
    // Spark's timer starts at the next multiple of the interval; zero time is one interval before it.
    const now = this.clock.getTimeMillis();
    const startTime = (Math.floor(now / this.batchDuration) + 1) * this.batchDuration;
    const zeroTime = startTime - this.batchDuration;
    try {
      // Spark's ReceiverSupervisorImpl refuses the log without a directory to write it to.
      if (this.writeAheadLog && this.checkpointDir === undefined && this.hasReceivers()) {
        throw new Error(
          "Cannot enable receiver write-ahead log without checkpoint directory set. " +
            "Please use streamingContext.checkpoint() to set the checkpoint directory. " +
            "See documentation for more details.",
        );
      }
      this.graph.validate();
      this.graph.start(zeroTime);
    } catch (e) {
      // Spark: "Error starting the context, marking it as stopped"
      this.state = "STOPPED";
      throw e;
    }
    this.lastBatchTime = zeroTime;
    this.startSite = `\n${new Error().stack?.split("\n")[2]?.trim() ?? ""}`;
    for (const input of this.graph.inputStreams) (input as { start?: () => void }).start?.();
    this.state = "ACTIVE";
    if (!this.isolated) activeContext = this;
    if (!this.manual) this.running = this.runOnSystemClock();
  }

  /**
   * Manual clock: move the clock through the next `numBatches` batch times; at each, the batches due
   * start and complete and the new batch is generated. Resolves with the BatchInfo of the batches
   * submitted (batches without jobs are dropped, as Spark does): without a processingTimeModel they are
   * complete; with one, a batch completes only once the clock passes its processing end, so slow batches
   * queue. A user function's error rejects the promise with that Error; the context stays ACTIVE.
   */
  advance(numBatches = 1): Promise<BatchInfo[]> {
    if (this.state === "STOPPED")
      return Promise.reject(illegalState("StreamingContext has already been stopped"));
    if (this.state === "INITIALIZED") {
      return Promise.reject(
        illegalState("StreamingContext has not been started yet: call start() before advance()"),
      );
    }
    if (!this.manual)
      return Promise.reject(illegalState('advance() needs the manual clock (clock: "manual")'));
    const run = this.running.then(async () => {
      const infos: BatchInfo[] = [];
      for (let i = 0; i < numBatches && this.state === "ACTIVE"; i++) {
        const time = this.lastBatchTime + this.batchDuration;
        (this.clock as ManualClock).setTime(time);
        this.lastBatchTime = time;
        const info = this.scheduler.runBatch(time);
        if (info) infos.push(info);
        if (i + 1 < numBatches) await yieldToEventLoop();
      }
      return infos;
    });
    this.running = run.catch(() => undefined);
    return run;
  }

  /**
   * Manual clock: move the clock to `timeMs` (before the next batch time) without generating a batch, so
   * the batches due by then start and complete (a simulation that shows time passing inside an interval).
   */
  advanceClockTo(timeMs: number): Promise<BatchInfo[]> {
    if (this.state !== "ACTIVE" || !this.manual) return Promise.resolve([]);
    const run = this.running.then(() => {
      const clock = this.clock as ManualClock;
      const target = Math.min(timeMs, this.lastBatchTime + this.batchDuration - 1);
      if (target > clock.getTimeMillis()) clock.setTime(target);
      const before = this.scheduler.completed.length;
      this.scheduler.runDue();
      return this.scheduler.completed.slice(before);
    });
    this.running = run.catch(() => undefined);
    return run;
  }

  /** The time of the last batch run (zero time before the first). */
  get lastBatchTimeMs(): number {
    return this.lastBatchTime;
  }

  private async runOnSystemClock(): Promise<void> {
    while (this.state === "ACTIVE") {
      const time = this.lastBatchTime + this.batchDuration;
      await this.clock.waitTillTime(time);
      if (this.state !== "ACTIVE") break;
      this.lastBatchTime = time;
      try {
        this.scheduler.runBatch(time);
      } catch (e) {
        this.reportError(e);
      }
      await yieldToEventLoop();
    }
  }

  private reportError(e: unknown): void {
    this.reportedError = e;
    for (const w of this.terminationWaiters.splice(0)) w.reject(e);
  }

  /**
   * Spark's stop(stopSparkContext, stopGracefully). Stops the receivers and the batch loop (a batch in
   * progress finishes first). Gracefully, as Spark, the records receivers already stored are processed
   * first: one more batch runs for them (at the next batch time) before the context stops.
   * The SparkContext is stopped too unless `stopSparkContext: false` (Spark's default,
   * spark.streaming.stopSparkContextByDefault = true), even on a context already stopped without it.
   */
  stop(options: { stopGracefully?: boolean; stopSparkContext?: boolean } = {}): void {
    this.stopStreaming(options.stopGracefully ?? false);
    if (options.stopSparkContext ?? true) this.sparkContext.stop();
  }

  private stopStreaming(stopGracefully: boolean): void {
    if (this.state === "STOPPED") return;
    const wasActive = this.state === "ACTIVE";
    if (wasActive) {
      for (const input of this.graph.inputStreams) (input as { stop?: () => void }).stop?.();
      const clock = this.clock;
      const setTime = clock instanceof ManualClock ? (t: number) => clock.setTime(t) : undefined;
      try {
        if (stopGracefully && this.hasReceivedData()) {
          const time = this.lastBatchTime + this.batchDuration;
          setTime?.(time);
          this.lastBatchTime = time;
          this.scheduler.runBatch(time);
        }
        // Spark's JobScheduler.stop: gracefully, the queued jobs finish; otherwise they are dropped.
        if (stopGracefully) this.scheduler.drain(setTime);
      } catch (e) {
        this.reportError(e);
      }
      this.scheduler.discardQueue();
    }
    this.state = "STOPPED";
    if (wasActive) this.clock.cancelWaits();
    if (activeContext === this) activeContext = undefined;
    for (const w of this.terminationWaiters.splice(0)) w.resolve();
  }

  private hasReceivers(): boolean {
    return this.graph.inputStreams.some((s) => s instanceof ReceiverInputDStream);
  }

  private hasReceivedData(): boolean {
    return this.graph.inputStreams.some(
      (s) => s instanceof ReceiverInputDStream && s.receiver.pendingRecords() > 0,
    );
  }

  /** Resolves when the context is stopped; rejects with an error a batch threw (system clock). */
  awaitTermination(): Promise<void> {
    if (this.reportedError !== undefined) return Promise.reject(this.reportedError);
    if (this.state === "STOPPED") return Promise.resolve();
    return new Promise((resolve, reject) => this.terminationWaiters.push({ resolve, reject }));
  }

  /** true if stopped within `timeoutMs`, false on timeout (Spark's awaitTerminationOrTimeout). */
  async awaitTerminationOrTimeout(timeoutMs: number): Promise<boolean> {
    if (this.state === "STOPPED") return true;
    const timer = new SystemClock();
    const stopped = this.awaitTermination().then(() => true);
    const timedOut = timer.waitTillTime(timer.getTimeMillis() + timeoutMs).then(() => false);
    const result = await Promise.race([stopped, timedOut]);
    timer.cancelWaits();
    return result;
  }
}
