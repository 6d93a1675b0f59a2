// The worker's brain, as a plain class that tests drive without a Worker: it handles the page's
// messages, runs the compiled pipeline on a simulated clock at the speed the user sets, and emits
// bounded, coalesced messages. entry.ts only wires it to postMessage.
import { compilePipeline, PipelineInvalidError } from "../graph/compile";
import { NodeError, RunningNodeTracker } from "../graph/guard";
import { parsePipeline } from "../graph/schema";
import type { PipelineDocument } from "../graph/types";
import type { BatchInfo } from "../metrics/BatchInfo";
import { costModel } from "../metrics/costModel";
import type { Fault, FromWorker, RunState, Speed } from "../protocol/messages";
import type { WireFromWorker, WireToWorker } from "../protocol/wire";
import { Backpressure } from "./backpressure";
import { toBatchInfoMessage } from "./batchInfo";
import { NodeObserver } from "./NodeObserver";
import { Outbox } from "./Outbox";

export interface HostEnv {
  post(message: WireFromWorker): void;
  /** Wall-clock ms (performance.now in the worker, a manual clock in tests). */
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const HEARTBEAT_MS = 500;
/** At most this many bundles per second reach the page. */
export const FLUSH_MS = 50;
/** Running-node notices per second when memory is not shared with the page. */
export const ENTER_POSTS_PER_SECOND = 60;

type Program = ReturnType<typeof compilePipeline>;

export class EngineHost {
  private state: RunState = "idle";
  private doc?: PipelineDocument;
  private program?: Program;
  private observer?: NodeObserver;
  private backpressure?: Backpressure;
  private started = false;
  private busy = false;
  private speed: Speed = 1;
  private sampleSize = 20;
  private backpressureOn = false;
  private slowNextMs = 0;
  private readonly failingNodes = new Set<string>();
  private loopTimer: unknown;
  private flushTimer: unknown;
  private heartbeatTimer: unknown;
  private lastBatchWallMs = 0;
  private readonly outbox: Outbox;
  private readonly tracker = new RunningNodeTracker();
  private monitor?: Int32Array;
  private lastInfo?: BatchInfo;
  private enterWindowStart = Number.NEGATIVE_INFINITY;
  private enterPosts = 0;

  constructor(private readonly env: HostEnv) {
    this.outbox = new Outbox((m) => env.post(m));
    this.tracker.onChange = (nodeId) => {
      if (this.monitor) this.monitor[0] = (this.observer?.indexOf(nodeId) ?? -1) + 1;
    };
    this.tracker.onEnter = (nodeId) => {
      // Without shared memory the page learns the running node from these (once per node per batch),
      // within a budget per second so that very fast batches cannot flood the page.
      if (this.monitor) return;
      const now = env.now();
      if (now - this.enterWindowStart >= 1000) {
        this.enterWindowStart = now;
        this.enterPosts = 0;
      }
      if (this.enterPosts++ < ENTER_POSTS_PER_SECOND)
        env.post({ type: "heartbeat", atMs: now, runningNodeId: nodeId });
    };
    this.scheduleHeartbeat();
  }

  /** Posts "ready"; entry.ts calls it once. */
  ready(): void {
    this.env.post({ type: "ready" });
  }

  getState(): RunState {
    return this.state;
  }

  /** Handles one page message; resolves when its immediate work (e.g. a step's batch) is done. */
  async handle(message: WireToWorker): Promise<void> {
    switch (message.type) {
      case "attachMonitor":
        this.monitor = new Int32Array(message.buffer);
        return;
      case "load":
        return this.load(message.pipeline, message.requestId);
      case "start":
        return this.start();
      case "pause":
        return this.pause();
      case "resume":
        return this.resume();
      case "step":
        return this.step();
      case "stop":
        return this.stop();
      case "setSpeed":
        // 0.1x to 10x real time, or as fast as possible.
        this.speed =
          message.speed === "max" ? "max" : Math.min(10, Math.max(0.1, Number(message.speed) || 1));
        if (this.state === "running") this.scheduleNextBatch();
        return;
      case "setInputRate":
        this.program?.receivers.get(message.nodeId)?.setRate(message.recordsPerSecond);
        return;
      case "setBackpressure":
        this.backpressureOn = message.enabled;
        this.backpressure?.setEnabled(message.enabled);
        return;
      case "setSampleSize":
        this.sampleSize = Math.max(0, Math.min(1000, Math.floor(message.records)));
        return;
      case "injectFault":
        return this.injectFault(message.fault);
      case "getLineage":
        return this.lineage(message.nodeId, message.requestId, message.batchTimeMs);
      case "ping":
        this.env.post({ type: "pong", requestId: message.requestId });
        return;
    }
  }

  // ---- lifecycle ----
  private load(input: unknown, requestId?: number): void {
    this.teardown();
    const parsed = parsePipeline(input);
    if (!parsed.ok) {
      const issues = parsed.errors.map((message) => ({ severity: "error" as const, message }));
      this.send({ type: "loaded", requestId, issues });
      this.setState("idle");
      return;
    }
    const doc = parsed.doc;
    try {
      const program = compilePipeline(doc, {
        tracker: this.tracker,
        processingTimeModel: this.processingTime(doc),
        sink: {
          print: (nodeId, batchTimeMs, lines) =>
            this.outbox.push({ type: "log", nodeId, batchTimeMs, lines }),
          records: (nodeId, batchTimeMs, kind, records, truncated, path) =>
            this.outbox.push({ type: "output", nodeId, batchTimeMs, kind, records, truncated, path }),
        },
      });
      this.doc = doc;
      this.program = program;
      this.observer = new NodeObserver(doc, program);
      this.backpressure = new Backpressure(program);
      this.backpressure.setEnabled(this.backpressureOn || doc.settings.backpressure);
      program.ssc.addStreamingListener({
        onBatchSubmitted: (info) =>
          this.outbox.push({ type: "batchSubmitted", info: this.infoMessage(info) }),
        onBatchStarted: (info) => this.outbox.push({ type: "batchStarted", info: this.infoMessage(info) }),
        onBatchCompleted: (info) => {
          this.lastInfo = info;
        },
      });
      this.send({ type: "loaded", requestId, issues: program.issues });
      this.setState("loaded");
    } catch (e) {
      const issues =
        e instanceof PipelineInvalidError
          ? e.issues
          : [
              {
                severity: "error" as const,
                message: errorText(e),
                nodeId: e instanceof NodeError ? e.nodeId : undefined,
              },
            ];
      this.send({ type: "loaded", requestId, issues });
      this.setState("idle");
    }
  }

  private processingTime(doc: PipelineDocument) {
    const model = costModel({
      cluster: { executors: doc.settings.executors, coresPerExecutor: doc.settings.coresPerExecutor },
    });
    return (work: Parameters<typeof model>[0]) => {
      const extra = this.slowNextMs;
      this.slowNextMs = 0;
      return model(work) + extra;
    };
  }

  private ensureStarted(): boolean {
    if (!this.program) {
      this.send({ type: "error", message: "No pipeline is loaded: load one before starting it" });
      return false;
    }
    if (!this.started) {
      try {
        this.program.ssc.start();
      } catch (e) {
        this.send({ type: "error", message: errorText(e) });
        this.setState("error");
        return false;
      }
      this.started = true;
    }
    return true;
  }

  private start(): void {
    if (this.state === "running" || this.state === "stopped" || !this.ensureStarted()) return;
    this.setState("running");
    this.scheduleNextBatch();
  }

  private pause(): void {
    if (this.state !== "running") return;
    this.cancelLoop();
    this.setState("paused");
  }

  private resume(): void {
    if (this.state !== "paused") return;
    this.setState("running");
    this.scheduleNextBatch();
  }

  /** Runs exactly one batch and leaves the run paused. */
  private async step(): Promise<void> {
    if (this.state === "stopped" || this.busy) return;
    this.cancelLoop();
    if (!this.ensureStarted()) return;
    if (this.state !== "paused") this.setState("paused");
    await this.runOneBatch();
    this.flush();
  }

  private stop(): void {
    if (!this.program) return;
    this.teardown();
    this.setState("stopped");
  }

  private teardown(): void {
    this.cancelLoop();
    this.program?.ssc.stop();
    this.program = undefined;
    this.observer = undefined;
    this.backpressure = undefined;
    this.started = false;
    this.lastInfo = undefined;
    this.failingNodes.clear();
    this.flush();
  }

  // ---- the batch loop ----
  private cancelLoop(): void {
    if (this.loopTimer !== undefined) this.env.clearTimeout(this.loopTimer);
    this.loopTimer = undefined;
  }

  /** Real time between batches: the batch interval divided by the speed, less the time computing. */
  private scheduleNextBatch(): void {
    this.cancelLoop();
    if (this.state !== "running" || this.busy || !this.doc) return;
    const delay =
      this.speed === "max"
        ? 0
        : Math.max(0, this.doc.batchIntervalMs / Math.max(0.01, this.speed) - this.lastBatchWallMs);
    this.loopTimer = this.env.setTimeout(() => {
      this.loopTimer = undefined;
      void this.runOneBatch().then(() => this.scheduleNextBatch());
    }, delay);
  }

  private async runOneBatch(): Promise<void> {
    const program = this.program;
    if (!program || this.busy) return;
    this.busy = true;
    this.tracker.nextEpoch();
    this.lastInfo = undefined;
    const t0 = this.env.now();
    let failure: unknown;
    try {
      const failing = [...this.failingNodes];
      this.failingNodes.clear();
      if (failing.length > 0) throw new NodeError(failing[0], "Injected fault: the node's task failed");
      await program.ssc.advance(1);
    } catch (e) {
      failure = e;
    }
    try {
      const info = this.lastInfo as BatchInfo | undefined; // set by the listener during advance()
      if (info && this.program === program) {
        // A failed batch still completes (with its failure reason), so the page can close it.
        const nodes = failure === undefined ? this.observer!.summarize(info.batchTime, this.sampleSize) : [];
        this.outbox.push({ type: "batchCompleted", info: this.infoMessage(info), nodes });
        this.backpressure?.afterBatch(info);
      }
    } catch (e) {
      failure ??= e;
    }
    if (failure !== undefined && this.program === program) this.fail(failure);
    this.busy = false;
    if (this.monitor) this.monitor[0] = 0;
    this.tracker.current = undefined;
    this.lastBatchWallMs = this.env.now() - t0;
    this.scheduleFlush();
  }

  /** A failing node pauses the run (nothing is lost); anything else is reported as an error. */
  private fail(e: unknown): void {
    this.cancelLoop();
    const batchTimeMs = this.program?.ssc.lastBatchTimeMs;
    if (e instanceof NodeError) {
      this.outbox.push({
        type: "nodeError",
        nodeId: e.nodeId,
        message: e.message,
        record: e.record,
        batchTimeMs,
      });
    } else {
      this.outbox.push({ type: "error", message: errorText(e) });
    }
    this.setState("paused");
  }

  private injectFault(fault: Fault): void {
    if (fault.kind === "slowBatch") this.slowNextMs += Math.max(0, fault.extraMs);
    else if (fault.kind === "failNode") this.failingNodes.add(fault.nodeId);
    else if (fault.kind === "dropReceiver") this.backpressure?.dropReceiver(fault.nodeId, fault.batches);
  }

  private lineage(nodeId: string, requestId: number, batchTimeMs?: number): void {
    const stream = this.program?.streams.get(nodeId);
    const time = batchTimeMs ?? this.program?.ssc.lastBatchTimeMs;
    const rdd = stream && time !== undefined ? stream.getGeneratedRDD(time) : undefined;
    const text = rdd
      ? rdd.toDebugString()
      : stream
        ? `${stream} has no RDD at this batch time`
        : `No node ${nodeId}`;
    this.send({ type: "lineage", requestId, nodeId, text });
  }

  // ---- messages ----
  private infoMessage(info: BatchInfo) {
    return toBatchInfoMessage(info, this.observer?.inputNodeOfStream ?? new Map());
  }

  private setState(state: RunState): void {
    this.state = state;
    this.send({ type: "state", state, batchTimeMs: this.program?.ssc.lastBatchTimeMs });
  }

  /** Sends now, after whatever is queued, keeping the order. */
  private send(message: FromWorker): void {
    this.outbox.push(message);
    this.flush();
  }

  private flush(): void {
    if (this.flushTimer !== undefined) this.env.clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.outbox.flush();
  }

  private scheduleFlush(): void {
    if (this.flushTimer !== undefined) return;
    this.flushTimer = this.env.setTimeout(() => {
      this.flushTimer = undefined;
      this.outbox.flush();
    }, FLUSH_MS);
  }

  private scheduleHeartbeat(): void {
    this.heartbeatTimer = this.env.setTimeout(() => {
      this.env.post({
        type: "heartbeat",
        atMs: this.env.now(),
        runningNodeId: this.tracker.current,
        lastBatchMs: this.lastBatchWallMs,
      });
      this.scheduleHeartbeat();
    }, HEARTBEAT_MS);
  }

  /** Stops timers (tests). */
  dispose(): void {
    this.teardown();
    if (this.heartbeatTimer !== undefined) this.env.clearTimeout(this.heartbeatTimer);
    if (this.flushTimer !== undefined) this.env.clearTimeout(this.flushTimer);
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
