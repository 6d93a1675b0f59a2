// The worker's host for a Structured Streaming pipeline: EngineHost hands it every page message once a
// document of mode "structured" is loaded. It runs the queries' triggers on the simulated clock (one
// trigger interval per interval / speed of real time; "step" runs exactly one trigger time) and sends the
// protocol of engine/protocol/structured.ts, each message bounded.
import { parsePipeline } from "../../graph/schema";
import type { PipelineDocument } from "../../graph/types";
import { validatePipeline } from "../../graph/validate";
import type { FromWorker, RunState, Speed, ToWorker } from "../../protocol/messages";
import type { StructuredFromWorker } from "../../protocol/structured";
import type { HostEnv } from "../../worker/PageLink";
import { StructuredSession } from "../session";

/** A page message is for this host when it loads a structured document. */
export function isStructuredDocument(pipeline: unknown): boolean {
  return (pipeline as Partial<PipelineDocument> | undefined)?.mode === "structured";
}

/** Real-time floor between triggers at speed "max", so the page keeps up. */
const MAX_SPEED_DELAY_MS = 16;

export class StructuredHost {
  private session?: StructuredSession;
  private state: RunState = "idle";
  private speed: Speed = 1;
  private timer: unknown;

  constructor(private readonly env: HostEnv) {}

  private send(message: FromWorker | StructuredFromWorker): void {
    this.env.post(message);
  }

  private setState(state: RunState): void {
    this.state = state;
    this.send({ type: "state", state, ...(this.session ? { batchTimeMs: this.session.timeMs } : {}) });
  }

  handle(message: ToWorker): void {
    switch (message.type) {
      case "load":
        return this.load(message.pipeline, message.requestId);
      case "start":
      case "resume":
        if (!this.session || this.state === "running" || this.state === "stopped") return;
        this.setState("running");
        return this.schedule();
      case "pause":
        if (this.state !== "running") return;
        this.cancel();
        return this.setState("paused");
      case "step":
        if (!this.session || this.state === "stopped") return;
        this.cancel();
        if (this.state !== "paused") this.setState("paused");
        return this.trigger();
      case "stop":
        return this.stop();
      case "setSpeed":
        this.speed = message.speed;
        return;
      case "ping":
        return this.send({ type: "pong", requestId: message.requestId });
      case "getLineage":
        return this.send({ type: "lineage", requestId: message.requestId, nodeId: message.nodeId, text: "" });
      default:
        return; // DStream-only controls (input rate, backpressure, faults) do not apply to a query
    }
  }

  private load(input: unknown, requestId?: number): void {
    this.cancel();
    this.session = undefined;
    const parsed = parsePipeline(input);
    if (!parsed.ok) {
      this.send({
        type: "loaded",
        requestId,
        issues: parsed.errors.map((message) => ({ severity: "error", message })),
      });
      return this.setState("idle");
    }
    const issues = validatePipeline(parsed.doc);
    this.send({ type: "loaded", requestId, issues });
    if (issues.some((i) => i.severity === "error")) return this.setState("idle");
    this.session = new StructuredSession(parsed.doc, { now: () => this.env.now() });
    for (const q of this.session.queries) this.send(q.started());
    this.setState("loaded");
  }

  private trigger(): void {
    const session = this.session;
    if (!session) return;
    try {
      for (const t of session.advance()) this.send(t);
    } catch (e) {
      this.send({ type: "error", message: e instanceof Error ? e.message : String(e) });
      this.cancel();
      return this.setState("error");
    }
    this.send({ type: "state", state: this.state, batchTimeMs: session.timeMs });
    if (!session.active) this.finish();
  }

  private finish(): void {
    for (const q of this.session?.queries ?? [])
      this.send({ type: "structuredQueryTerminated", nodeId: q.query.sinkNodeId, id: q.id, runId: q.runId });
    this.cancel();
    this.setState("stopped");
  }

  private schedule(): void {
    this.cancel();
    const session = this.session;
    if (this.state !== "running" || !session) return;
    const interval = Math.min(...session.queries.map((q) => q.query.intervalMs));
    const delay = this.speed === "max" ? MAX_SPEED_DELAY_MS : interval / this.speed;
    this.timer = this.env.setTimeout(() => {
      this.timer = undefined;
      this.trigger();
      this.schedule();
    }, delay);
  }

  private cancel(): void {
    if (this.timer !== undefined) this.env.clearTimeout(this.timer);
    this.timer = undefined;
  }

  stop(): void {
    if (!this.session) return;
    this.finish();
  }

  dispose(): void {
    this.cancel();
    this.session = undefined;
  }
}
