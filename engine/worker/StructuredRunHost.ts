// The worker's side of a Structured Streaming run (a document of mode "structured"): the page's usual
// lifecycle messages drive a StructuredSession on its simulated clock. Step runs exactly one trigger;
// Run fires triggers at their processing-time interval divided by the speed (continuous mode's epochs
// at the checkpoint interval). Each trigger goes to the page as `structuredTrigger`, bounded by the
// engine (STRUCTURED_LIMITS); the console sink's lines travel inside it.
import type { PipelineDocument, PipelineIssue } from "../graph/types";
import type { RunState, Speed } from "../protocol/messages";
import type { AnyFromWorker } from "../protocol/wire";
import { StructuredSession } from "../structured/session";
import type { HostEnv } from "./PageLink";

export interface StructuredLink {
  push(message: AnyFromWorker): void;
  send(message: AnyFromWorker): void;
  scheduleFlush(): void;
}

/** A step runs the next trigger time that has work, looking at most this many trigger times ahead. */
const MAX_IDLE_TICKS = 1000;

export class StructuredRunHost {
  private session?: StructuredSession;
  private state: RunState = "idle";
  private timer: unknown;
  private speed: Speed = 1;
  private lastTriggerWallMs = 0;

  constructor(
    private readonly env: HostEnv,
    private readonly link: StructuredLink,
  ) {}

  load(doc: PipelineDocument, requestId: number | undefined, issues: PipelineIssue[]): void {
    this.teardown();
    try {
      this.session = new StructuredSession(doc, { now: () => this.env.now() });
    } catch (e) {
      const nodeId = (e as { nodeId?: string }).nodeId;
      const message = e instanceof Error ? e.message : String(e);
      this.link.send({ type: "loaded", requestId, issues: [{ severity: "error", message, nodeId }] });
      this.setState("idle");
      return;
    }
    this.link.send({ type: "loaded", requestId, issues });
    for (const q of this.session.queries) this.link.push(q.started());
    this.setState("loaded");
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    if (this.state === "running") this.schedule();
  }

  start(): void {
    if (!this.session || this.state === "running" || this.state === "stopped") return;
    this.setState("running");
    this.schedule();
  }

  pause(): void {
    if (this.state !== "running") return;
    this.cancel();
    this.setState("paused");
  }

  resume(): void {
    if (this.state !== "paused") return;
    this.setState("running");
    this.schedule();
  }

  step(): void {
    if (!this.session || this.state === "stopped") return;
    this.cancel();
    if (this.state !== "paused") this.setState("paused");
    this.runTrigger();
  }

  stop(): void {
    if (!this.session) return;
    this.endQueries();
    this.teardown();
    this.setState("stopped");
  }

  dispose(): void {
    this.teardown();
  }

  private runTrigger(): void {
    const session = this.session;
    if (!session) return;
    const t0 = this.env.now();
    try {
      for (const t of session.runBatches(1, MAX_IDLE_TICKS)) this.link.push(t);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const nodeId = (e as { nodeId?: string }).nodeId;
      if (nodeId) this.link.push({ type: "nodeError", nodeId, message, batchTimeMs: session.timeMs });
      else this.link.push({ type: "error", message });
      this.cancel();
      this.setState("paused");
    }
    this.lastTriggerWallMs = this.env.now() - t0;
    if (!session.active) {
      // once / availableNow ran out: the query terminated, as Spark's awaitTermination returns.
      this.endQueries();
      this.cancel();
      this.setState("stopped");
    }
    this.link.scheduleFlush();
  }

  private endQueries(): void {
    for (const q of this.session?.queries ?? [])
      this.link.push({
        type: "structuredQueryTerminated",
        nodeId: q.query.sinkNodeId,
        id: q.id,
        runId: q.runId,
      });
  }

  /** Real time to the next trigger: its interval on the simulated clock, divided by the speed. */
  private schedule(): void {
    this.cancel();
    const session = this.session;
    if (this.state !== "running" || !session) return;
    const interval = Math.min(...session.queries.map((q) => q.query.intervalMs || 1000));
    const delay = this.speed === "max" ? 0 : Math.max(0, interval / this.speed - this.lastTriggerWallMs);
    this.timer = this.env.setTimeout(() => {
      this.timer = undefined;
      this.runTrigger();
      this.schedule();
    }, delay);
  }

  private cancel(): void {
    if (this.timer !== undefined) this.env.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private teardown(): void {
    this.cancel();
    this.session = undefined;
  }

  private setState(state: RunState): void {
    this.state = state;
    this.link.send({ type: "state", state, batchTimeMs: this.session?.timeMs });
  }
}
