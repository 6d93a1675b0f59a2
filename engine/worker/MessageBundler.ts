// Coalesces the worker's messages so the page gets at most one bundle per flush interval, however fast
// batches run. Batch infos are all kept (they are small and feed the charts) up to a cap; node summaries
// only for the latest batch of a bundle; log lines and outputs are capped with a note of what was dropped.
import type { FromWorker } from "../protocol/messages";
import type { AnyFromWorker, WireFromWorker } from "../protocol/wire";

export interface BundleLimits {
  /** batchCompleted messages kept per bundle (older ones dropped). */
  maxBatches: number;
  /** print() lines kept per bundle. */
  maxLogLines: number;
  /** output messages kept per bundle. */
  maxOutputs: number;
}

export const DEFAULT_BUNDLE_LIMITS: BundleLimits = { maxBatches: 200, maxLogLines: 400, maxOutputs: 20 };

export class MessageBundler {
  private queue: AnyFromWorker[] = [];
  private droppedLines = 0;

  constructor(
    private readonly post: (message: WireFromWorker) => void,
    private readonly limits: BundleLimits = DEFAULT_BUNDLE_LIMITS,
  ) {}

  push(message: AnyFromWorker): void {
    this.queue.push(message);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Sends what is queued as one bundle (or a single message), bounded. */
  flush(): void {
    if (this.queue.length === 0 && this.droppedLines === 0) return;
    const messages = this.bound(this.queue);
    this.queue = [];
    if (messages.length === 1) this.post(messages[0]);
    else if (messages.length > 1) this.post({ type: "bundle", messages });
  }

  private bound(queue: AnyFromWorker[]): AnyFromWorker[] {
    const completed = queue.filter((m) => m.type === "batchCompleted");
    const keepBatches = new Set(completed.slice(-this.limits.maxBatches));
    const latest = completed[completed.length - 1] as
      | Extract<FromWorker, { type: "batchCompleted" }>
      | undefined;
    const completedTimes = new Set(
      completed.map((m) => (m as Extract<FromWorker, { type: "batchCompleted" }>).info.batchTimeMs),
    );
    const outputs = queue.filter((m) => m.type === "output");
    const keepOutputs = new Set(outputs.slice(-this.limits.maxOutputs));
    let linesLeft = this.limits.maxLogLines;
    const logs = queue.filter((m) => m.type === "log");
    const keepLogs = new Set<AnyFromWorker>();
    for (let i = logs.length - 1; i >= 0; i--) {
      const m = logs[i] as Extract<FromWorker, { type: "log" }>;
      if (m.lines.length <= linesLeft) {
        keepLogs.add(m);
        linesLeft -= m.lines.length;
      } else this.droppedLines += m.lines.length;
    }
    // A structured query's triggers at "max" speed: the newest ones, as for batches.
    const triggers = queue.filter((m) => m.type === "structuredTrigger");
    const keepTriggers = new Set(triggers.slice(-this.limits.maxBatches));
    const out: AnyFromWorker[] = [];
    if (this.droppedLines > 0) {
      out.push({ type: "log", lines: [`… ${this.droppedLines} lines skipped to keep up`] });
      this.droppedLines = 0;
    }
    for (const m of queue) {
      if (m.type === "batchCompleted") {
        if (!keepBatches.has(m)) continue;
        // Older batches of the bundle keep their metrics but not their node summaries.
        out.push(m === latest ? m : { ...m, nodes: [] });
      } else if (m.type === "batchSubmitted" || m.type === "batchStarted") {
        // A batch that also completed in this bundle needs no separate progress messages.
        if (completedTimes.has(m.info.batchTimeMs) && m.info.batchTimeMs !== latest?.info.batchTimeMs)
          continue;
        out.push(m);
      } else if (m.type === "output") {
        if (keepOutputs.has(m)) out.push(m);
      } else if (m.type === "log") {
        if (keepLogs.has(m)) out.push(m);
      } else if (m.type === "structuredTrigger") {
        if (keepTriggers.has(m)) out.push(m);
      } else out.push(m);
    }
    return out;
  }
}
