// The worker's brain, as a plain class that tests drive without a Worker: it handles the page's
// messages, runs the compiled pipeline on a simulated clock at the speed the user sets, and emits
// bounded, coalesced messages (PageLink). entry.ts only wires it to postMessage.

import { FaultSession } from "../fault/FaultSession";
import { engineNodeError, isEngineNodeError, RunningNodeTracker } from "../graph/guard";
import { parsePipeline } from "../graph/schema";
import { validatePipeline } from "../graph/validate";
import { probeLifecycle } from "../lifecycle/lifecycleProbe";
import { BatchDetailRecorder } from "../metrics/BatchDetailRecorder";
import type { BatchInfo } from "../metrics/BatchInfo";
import type { LifecycleCall } from "../protocol/lessonEvents";
import type { Fault, FromWorker, RunState, Speed } from "../protocol/messages";
import type { WireToWorker } from "../protocol/wire";
import { toBatchInfoMessage } from "./batchInfo";
import { type LoadedProgram, loadProgram } from "./loadProgram";
import { type HostEnv, PageLink } from "./PageLink";
import { ReceiverStatus } from "./ReceiverStatus";
import { StructuredRunHost } from "./StructuredRunHost";

export { ENTER_POSTS_PER_SECOND, FLUSH_MS, HEARTBEAT_MS, type HostEnv, PROGRESS_MS } from "./PageLink";

export class EngineHost {
  private state: RunState = "idle";
  private loaded?: LoadedProgram;
  private started = false;
  private busy = false;
  private speed: Speed = 1;
  private sampleSize = 20;
  private backpressureOn = false;
  private slowNextMs = 0;
  private readonly failingNodes = new Set<string>();
  private loopTimer: unknown;
  private lastBatchWallMs = 0;
  /** Longest wall time between two task boundaries (partition computed, node entered) in any batch. */
  private longestTaskMs = 0;
  private tasksDone = 0;
  private lastBoundaryMs = 0;
  private readonly pageLink: PageLink;
  private readonly tracker = new RunningNodeTracker();
  private monitor?: Int32Array;
  /** Records every input brought into a batch (the engine's hook), until the batch completes. */
  private inputOfBatch = new Map<number, Record<number, number>>();
  /** An error summarizing a completed batch, rethrown once the batch loop is back in control. */
  private summaryFailure: unknown;
  /** Position of each node in the loaded document: the page maps the monitor's index back to it. */
  private nodeIndex = new Map<string, number>();
  /** Spark's batch page data of the latest batches; kept after a stop, until the next load. */
  private details?: BatchDetailRecorder;
  /** Document node of each output stream, for the batch page's output operations. */
  private nodeOfStream = new Map<number, string>();
  private receiverStatus?: ReceiverStatus;
  /** The run of a Structured Streaming query (a document of mode "structured"), when one is loaded. */
  private structured?: StructuredRunHost;
  /** The fault model of the loaded pipeline (simulated executor loss, and the run without the fault). */
  private faults?: FaultSession;
  /** Batches completed since the fault model last compared (the batch loop compares after each step). */
  private readonly completedTimes: number[] = [];

  constructor(private readonly env: HostEnv) {
    this.pageLink = new PageLink(env, () => ({
      runningNodeId: this.tracker.current,
      lastBatchMs: this.lastBatchWallMs,
      longestTaskMs: this.longestTaskMs,
      tasksDone: this.tasksDone,
    }));
    // With shared memory the page reads the running node itself; without, the worker tells it.
    this.tracker.onChange = (nodeId) => {
      if (this.monitor) this.monitor[0] = (this.nodeIndex.get(nodeId) ?? -1) + 1;
    };
    this.tracker.onEnter = (nodeId) => {
      this.taskBoundary();
      if (!this.monitor) this.pageLink.noticeRunning(nodeId);
      else this.pageLink.progress();
    };
  }

  /** Posts "ready"; entry.ts calls it once. */
  ready(): void {
    this.pageLink.sendDirect({ type: "ready" });
  }

  getState(): RunState {
    return this.state;
  }

  /** Handles one page message; resolves when its immediate work (e.g. a step's batch) is done. */
  async handle(message: WireToWorker): Promise<void> {
    if (this.structured && this.handleStructured(message)) return;
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
        this.loaded?.program.receivers.get(message.nodeId)?.setRate(message.recordsPerSecond);
        this.faults?.setRate(message.nodeId, message.recordsPerSecond);
        return;
      case "setBackpressure":
        this.backpressureOn = message.enabled;
        this.loaded?.receiverControls.setEnabled(message.enabled);
        return;
      case "setSampleSize":
        this.sampleSize = Math.max(0, Math.min(1000, Math.floor(message.records)));
        return;
      case "injectFault":
        return this.injectFault(message.fault);
      case "getLineage":
        return this.lineage(message.nodeId, message.requestId, message.batchTimeMs);
      case "getBatchDetail":
        return this.batchDetail(message.batchTimeMs, message.requestId);
      case "lifecycle":
        return this.lifecycle(message.call);
      case "ping":
        this.pageLink.sendDirect({ type: "pong", requestId: message.requestId });
        return;
      case "addFiles": {
        const folder = this.loaded?.program.dropFolders.get(message.nodeId);
        if (!folder) {
          this.send({
            type: "nodeError",
            nodeId: message.nodeId,
            message: "Files can be dropped on a textFileStream node while the pipeline runs",
          });
          return;
        }
        for (const f of message.files) folder.add(f.name, f.text);
        return;
      }
    }
  }

  /** A structured query's lifecycle messages go to its host; false for what the DStream side handles. */
  private handleStructured(message: WireToWorker): boolean {
    const s = this.structured;
    if (!s) return false;
    switch (message.type) {
      case "start":
        s.start();
        return true;
      case "pause":
        s.pause();
        return true;
      case "resume":
        s.resume();
        return true;
      case "step":
        s.step();
        this.pageLink.flush();
        return true;
      case "stop":
        s.stop();
        return true;
      case "setSpeed":
        s.setSpeed(message.speed === "max" ? "max" : Math.min(10, Math.max(0.1, Number(message.speed) || 1)));
        return true;
      default:
        return false;
    }
  }

  // ---- lifecycle ----
  private load(input: unknown, requestId?: number): void {
    this.teardown();
    this.structured?.dispose();
    this.structured = undefined;
    if ((input as { mode?: unknown } | undefined)?.mode === "structured") {
      const parsed = parsePipeline(input);
      if (!parsed.ok) {
        const issues = parsed.errors.map((message) => ({ severity: "error" as const, message }));
        this.send({ type: "loaded", requestId, issues });
        this.setState("idle");
        return;
      }
      this.structured = new StructuredRunHost(this.env, this.pageLink);
      this.structured.load(parsed.doc, requestId, validatePipeline(parsed.doc));
      return;
    }
    this.longestTaskMs = 0;
    const nodes = (input as { nodes?: unknown } | undefined)?.nodes;
    this.nodeIndex = new Map(
      Array.isArray(nodes) ? nodes.map((n, i) => [String((n as { id?: unknown })?.id), i] as const) : [],
    );
    const result = loadProgram(input, {
      tracker: this.tracker,
      push: (m) => {
        this.observeOutput(m);
        this.pageLink.push(m);
      },
      notify: (m) => {
        this.pageLink.push(m);
        this.pageLink.scheduleFlush();
      },
      takeExtraMs: () => {
        const extra = this.slowNextMs;
        this.slowNextMs = 0;
        return extra;
      },
    });
    if (this.monitor) this.monitor[0] = 0;
    this.send({ type: "loaded", requestId, issues: result.issues });
    if (!result.ok) {
      this.setState("idle");
      return;
    }
    this.loaded = result.loaded;
    const { program, receiverControls, doc } = result.loaded;
    program.ssc.sparkContext.onPartitionComputed = () => {
      if (!this.busy) return;
      this.tasksDone++;
      this.taskBoundary();
      this.pageLink.progress();
    };
    receiverControls.setEnabled(this.backpressureOn || doc.settings.backpressure);
    this.details = new BatchDetailRecorder();
    program.ssc.addStreamingListener(this.details);
    program.ssc.sparkContext.jobListeners.push(this.details);
    this.nodeOfStream = new Map([...program.outputs].map(([nodeId, stream]) => [stream.id, nodeId]));
    const faults = new FaultSession(doc, program);
    this.faults = faults;
    this.receiverStatus = new ReceiverStatus(program, receiverControls, (i) =>
      faults.injector.receiverExecutor(i),
    );
    program.ssc.addStreamingListener({
      onBatchSubmitted: (info) =>
        this.pageLink.push({ type: "batchSubmitted", info: this.infoMessage(info) }),
      onBatchStarted: (info) => this.pageLink.push({ type: "batchStarted", info: this.infoMessage(info) }),
      onBatchCompleted: (info) => this.batchCompleted(info),
    });
    // Spark's listeners never see a batch without jobs (the times between a window's slides); the
    // engine's own hook does, so the page still charts it and moves its tokens.
    program.ssc.addBatchGeneratedHook((batch) => {
      this.inputOfBatch.set(batch.batchTime, batch.inputRecordsByStream);
      if (batch.numOutputOps > 0) return;
      const info: BatchInfo = {
        batchTime: batch.batchTime,
        numRecords: 0,
        streamIdToNumRecords: {},
        submissionTime: batch.batchTime,
        numOutputOps: 0,
      };
      this.batchCompleted(info, true);
    });
    this.setState("loaded");
    this.send({ type: "faultStatus", status: faults.status() });
  }

  /** The live run's outputs, for the comparison with the run without the fault. */
  private observeOutput(m: FromWorker): void {
    if (!this.faults) return;
    if (m.type === "log" && m.nodeId !== undefined && m.batchTimeMs !== undefined)
      this.faults.observePrint(m.nodeId, m.batchTimeMs, m.lines);
    else if (m.type === "output") this.faults.observeRecords(m.nodeId, m.batchTimeMs, m.records);
  }

  /** After a step of the batch loop: the reference run catches up and the page hears the comparison. */
  private async compareFaults(): Promise<void> {
    const faults = this.faults;
    const times = this.completedTimes.splice(0);
    if (!faults) return;
    let changed = false;
    for (const t of times) changed = (await faults.afterBatch(t)) || changed;
    if (changed) this.pageLink.push({ type: "faultStatus", status: faults.status() });
  }

  private ensureStarted(): boolean {
    if (!this.loaded) {
      this.send({ type: "error", message: "No pipeline is loaded: load one before starting it" });
      return false;
    }
    if (!this.started) {
      try {
        this.loaded.program.ssc.start();
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
    this.pageLink.flush();
  }

  private stop(): void {
    if (!this.loaded) return;
    this.teardown();
    this.setState("stopped");
  }

  private teardown(): void {
    this.cancelLoop();
    this.receiverStatus = undefined;
    this.faults?.dispose();
    this.faults = undefined;
    this.completedTimes.length = 0;
    this.loaded?.program.ssc.stop();
    this.loaded = undefined;
    this.started = false;
    this.inputOfBatch.clear();
    this.failingNodes.clear();
    this.pageLink.flush();
  }

  // ---- the batch loop ----
  private cancelLoop(): void {
    if (this.loopTimer !== undefined) this.env.clearTimeout(this.loopTimer);
    this.loopTimer = undefined;
  }

  /** Real time between batches: the batch interval divided by the speed, less the time computing. */
  private scheduleNextBatch(): void {
    this.cancelLoop();
    if (this.state !== "running" || this.busy || !this.loaded) return;
    const interval = this.loaded.doc.batchIntervalMs;
    const delay = this.speed === "max" ? 0 : Math.max(0, interval / this.speed - this.lastBatchWallMs);
    this.loopTimer = this.env.setTimeout(() => {
      this.loopTimer = undefined;
      void this.runOneBatch().then(() => this.scheduleNextBatch());
    }, delay);
  }

  private async runOneBatch(): Promise<void> {
    const loaded = this.loaded;
    if (!loaded || this.busy) return;
    this.busy = true;
    this.tracker.nextEpoch();
    this.summaryFailure = undefined;
    const t0 = this.env.now();
    this.lastBoundaryMs = t0;
    this.tasksDone = 0;
    let failure: unknown;
    try {
      const failing = [...this.failingNodes];
      this.failingNodes.clear();
      if (failing.length > 0) throw engineNodeError(failing[0], "Injected fault: the node's task failed");
      const { ssc } = loaded.program;
      await ssc.advance(1);
      // The simulated clock runs on to just before the next batch time: batches that end within this
      // interval complete now, slower ones stay processing (and later ones queued) until a later one.
      await ssc.advanceClockTo(ssc.lastBatchTimeMs + ssc.batchDuration - 1);
    } catch (e) {
      failure = e;
    }
    failure ??= this.summaryFailure;
    if (this.loaded === loaded) await this.compareFaults();
    if (this.loaded === loaded) loaded.receiverControls.afterBatch();
    if (failure !== undefined && this.loaded === loaded) this.fail(failure);
    this.taskBoundary();
    this.busy = false;
    if (this.monitor) this.monitor[0] = 0;
    this.tracker.current = undefined;
    this.lastBatchWallMs = this.env.now() - t0;
    this.pageLink.scheduleFlush();
  }

  /** Measures the work since the last boundary of this batch: the page allows silences a few times that. */
  private taskBoundary(): void {
    if (!this.busy) return;
    const now = this.env.now();
    this.longestTaskMs = Math.max(this.longestTaskMs, now - this.lastBoundaryMs);
    this.lastBoundaryMs = now;
  }

  /** A failing node pauses the run (nothing is lost); anything else is reported as an error. */
  private fail(e: unknown): void {
    this.cancelLoop();
    const batchTimeMs = this.loaded?.program.ssc.lastBatchTimeMs;
    // Only the engine's own NodeErrors name a node: one made by user code is reported as an error.
    if (isEngineNodeError(e)) {
      const { nodeId, message, record } = e;
      this.pageLink.push({ type: "nodeError", nodeId, message, record, batchTimeMs });
    } else {
      this.pageLink.push({ type: "error", message: errorText(e) });
    }
    this.setState("paused");
  }

  private injectFault(fault: Fault): void {
    if (fault.kind === "slowBatch") this.slowNextMs += Math.max(0, fault.extraMs);
    else if (fault.kind === "failNode") this.failingNodes.add(fault.nodeId);
    else if (fault.kind === "dropReceiver")
      this.loaded?.receiverControls.dropReceiver(fault.nodeId, fault.batches);
    else if (fault.kind === "loseExecutor") {
      const faults = this.faults;
      if (!faults) {
        this.send({ type: "error", message: "No pipeline is loaded: run or step it first" });
        return;
      }
      try {
        faults.loseExecutor(fault.executorId);
      } catch (e) {
        this.send({ type: "error", message: errorText(e) });
        return;
      }
      this.send({ type: "faultStatus", status: faults.status() });
    }
  }

  /** A lifecycle call on the loaded context; a stop keeps the program, so a restart meets the stopped context. */
  private lifecycle(call: LifecycleCall): void {
    const loaded = this.loaded;
    const stream = loaded?.program.streams.values().next().value;
    if (!loaded || !stream) {
      this.send({ type: "error", message: "No pipeline is loaded: run or step it first" });
      return;
    }
    const event = probeLifecycle(loaded.program.ssc, stream, call);
    this.send({ type: "lessonEvent", event });
    if (event.ok && (call === "start" || call === "restart")) {
      this.started = true;
      if (this.state !== "running") this.setState("paused");
    } else if (event.ok && (call === "stop" || call === "stopAll")) {
      this.cancelLoop();
      this.setState("stopped");
    }
  }

  private lineage(nodeId: string, requestId: number, batchTimeMs?: number): void {
    const stream = this.loaded?.program.streams.get(nodeId);
    const time = batchTimeMs ?? this.loaded?.program.ssc.lastBatchTimeMs;
    const rdd = stream && time !== undefined ? stream.getGeneratedRDD(time) : undefined;
    const text = rdd
      ? rdd.toDebugString()
      : stream
        ? `${stream} has no RDD at this batch time`
        : `No node ${nodeId}`;
    this.send({ type: "lineage", requestId, nodeId, text });
  }

  /**
   * A batch completed (Spark's listener), or was generated without jobs (`withoutJobs`, the engine's
   * hook): its summaries per node go to the page. A failed batch still completes (with its failure
   * reason), so the page can close it. Batches complete in the order they were generated.
   */
  private batchCompleted(info: BatchInfo, withoutJobs = false): void {
    const loaded = this.loaded;
    if (!loaded) return;
    let nodes: ReturnType<typeof loaded.observer.summarize> = [];
    if (info.failureReason === undefined) {
      try {
        nodes = loaded.observer.summarize(info.batchTime, this.sampleSize);
      } catch (e) {
        this.summaryFailure ??= e;
      }
    }
    const message = this.infoMessage(info);
    if (withoutJobs) message.withoutJobs = true;
    this.inputOfBatch.delete(info.batchTime);
    if (!withoutJobs) this.completedTimes.push(info.batchTime);
    const receivers = this.receiverStatus?.after(info.batchTime);
    this.pageLink.push({ type: "batchCompleted", info: message, nodes, receivers });
  }

  private batchDetail(batchTimeMs: number, requestId: number): void {
    const detail = this.details?.get(batchTimeMs);
    this.send({
      type: "batchDetail",
      requestId,
      batchTimeMs,
      // A copy: the recorder's objects stay the engine's, and a running job's fill in later.
      detail: detail && {
        batchTime: detail.batchTime,
        outputOps: detail.outputOps.map((op) => ({
          ...structuredClone(op),
          nodeId: this.nodeOfStream.get(op.streamId),
        })),
      },
    });
  }

  // ---- messages ----
  private infoMessage(info: BatchInfo) {
    return toBatchInfoMessage(
      info,
      this.loaded?.observer.inputNodeOfStream ?? new Map(),
      this.inputOfBatch.get(info.batchTime),
    );
  }

  private setState(state: RunState): void {
    this.state = state;
    this.send({ type: "state", state, batchTimeMs: this.loaded?.program.ssc.lastBatchTimeMs });
  }

  private send(message: FromWorker): void {
    this.pageLink.send(message);
  }

  /** Stops the run and the timers (tests). */
  dispose(): void {
    this.teardown();
    this.structured?.dispose();
    this.pageLink.dispose();
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
