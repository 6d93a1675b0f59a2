// The structured side's StreamingContext: a document's queries (one per writeStream node) on one
// simulated clock. `advance()` moves the clock to the next trigger time of any query and runs it.
import type { PipelineDocument } from "../graph/types";
import { checkUserFunction } from "../graph/userFunction";
import type { StructuredTrigger } from "../protocol/structured";
import { defaultFileSystem, type FileSystem } from "../sinks/fileSystem";
import { StructuredQuery } from "./exec/query";
import { analyzeDocument } from "./plan/fromDocument";
import { validateStructured } from "./validate";

export interface SessionOptions {
  fileSystem?: FileSystem;
  /** Wall clock for measured durations (the worker passes performance.now). */
  now?: () => number;
  /** Overrides every generated source's seed (the CLI's --seed). */
  seed?: number;
}

export class StructuredSession {
  readonly queries: StructuredQuery[];
  /** The simulated clock, ms since the query started. */
  timeMs = 0;
  private readonly nextTick: number[];

  constructor(doc: PipelineDocument, opts: SessionOptions = {}) {
    const errors = validateStructured(doc, checkUserFunction).filter((i) => i.severity === "error");
    if (errors.length > 0) {
      const e = errors[0];
      throw Object.assign(new Error(e.message), { nodeId: e.nodeId });
    }
    const { queries } = analyzeDocument(doc);
    const fileSystem = opts.fileSystem ?? defaultFileSystem();
    this.queries = queries.map(
      (q, i) =>
        new StructuredQuery(q, {
          fileSystem,
          seed: opts.seed ?? doc.settings.seed,
          id: `query-${i + 1}`,
          runId: `run-${i + 1}`,
          ...(opts.now ? { now: opts.now } : {}),
        }),
    );
    this.nextTick = this.queries.map((q) => q.query.intervalMs);
  }

  get active(): boolean {
    return this.queries.some((q) => !q.done);
  }

  /** Runs the next trigger time (of whichever queries are due then): the batches that ran. */
  advance(): StructuredTrigger[] {
    const live = this.queries.map((q, i) => ({ q, i })).filter(({ q }) => !q.done);
    if (live.length === 0) return [];
    const t = Math.min(...live.map(({ i }) => this.nextTick[i]));
    this.timeMs = t;
    const out: StructuredTrigger[] = [];
    for (const { q, i } of live) {
      if (this.nextTick[i] !== t) continue;
      const finite = q.query.trigger === "once" || q.query.trigger === "availableNow";
      this.nextTick[i] = t + (finite ? 1 : q.query.intervalMs);
      const trigger = q.tick(t);
      if (trigger) out.push(trigger);
    }
    return out;
  }

  /** Runs triggers until `n` batches ran or every query is done (bounded by `maxTicks`). */
  runBatches(n: number, maxTicks = 10_000): StructuredTrigger[] {
    const out: StructuredTrigger[] = [];
    for (let k = 0; k < maxTicks && out.length < n && this.active; k++) out.push(...this.advance());
    return out;
  }
}
