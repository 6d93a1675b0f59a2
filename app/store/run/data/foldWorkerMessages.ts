// Folds worker messages into the page's run data. Pure: the store calls it once per animation frame
// with every message that arrived since the last frame.
import type {
  BatchDetailMessage,
  BatchInfoMessage,
  FromWorker,
  NodeBatchSummary,
} from "../../../../engine/protocol/messages";
import type { StructuredFromWorker } from "../../../../engine/protocol/structured";
import { appendBounded } from "./appendBounded";
import { recordToText } from "./recordToText";
import type { ConsoleLine, OutputFile, OutputRow, PendingBatch, RunData, RunEvent } from "./runData";
import { RUN_LIMITS } from "./runData";

/**
 * Raised on the page side (the worker client's watchdog), not by the worker itself. `whileLoading`: the
 * worker hung loading the pipeline, so loading it again would hang again.
 */
export type PageRunEvent = {
  type: "workerRestarted";
  nodeId?: string;
  message: string;
  whileLoading: boolean;
};

/** A structured query's messages are folded by app/structured; here only its console and its end. */
export type RunInput = FromWorker | StructuredFromWorker | PageRunEvent;

export function foldWorkerMessages(data: RunData, inputs: readonly RunInput[], nowMs = 0): RunData {
  // Collect appends and write each list once: a frame may carry hundreds of messages.
  const completed: BatchInfoMessage[] = [];
  const lines: ConsoleLine[] = [];
  const outputs: OutputRow[] = [];
  const files: OutputFile[] = [];
  const events: RunEvent[] = [];
  let next: RunData = data;
  let pending = data.pending;
  let nodeHistory = data.nodeHistory;
  let nodeHistoryCopied = false;

  const pushSummaries = (summaries: NodeBatchSummary[]) => {
    if (!nodeHistoryCopied) {
      nodeHistory = { ...nodeHistory };
      nodeHistoryCopied = true;
    }
    for (const s of summaries) {
      nodeHistory[s.nodeId] = appendBounded(nodeHistory[s.nodeId] ?? [], [s], next.recordsHistory);
    }
  };

  for (const msg of inputs) {
    switch (msg.type) {
      case "ready":
      case "heartbeat":
      case "pong":
        break;
      case "loaded":
        next = { ...next, loadIssues: msg.issues };
        break;
      case "state":
        next = { ...next, workerState: msg.state, batchTimeMs: msg.batchTimeMs ?? next.batchTimeMs };
        break;
      case "batchSubmitted":
        pending = upsertPending(pending, msg.info, "queued");
        break;
      case "batchStarted":
        pending = upsertPending(pending, msg.info, "processing");
        break;
      case "batchCompleted": {
        pending = pending.filter((p) => p.info.batchTimeMs !== msg.info.batchTimeMs);
        completed.push(msg.info);
        pushSummaries(msg.nodes);
        if (msg.receivers) next = { ...next, receivers: msg.receivers };
        const seq = (next.wave?.seq ?? 0) + 1;
        const whileRunning = next.workerState === "running";
        next = { ...next, wave: { seq, batchTimeMs: msg.info.batchTimeMs, whileRunning } };
        break;
      }
      case "log":
        for (const text of msg.lines) lines.push({ nodeId: msg.nodeId, batchTimeMs: msg.batchTimeMs, text });
        break;
      case "output":
        if (msg.kind === "saveAsTextFiles") {
          files.push({
            path: msg.path ?? `${msg.nodeId}-${msg.batchTimeMs}`,
            nodeId: msg.nodeId,
            batchTimeMs: msg.batchTimeMs,
            lines: msg.records.map(recordToText),
            truncated: msg.truncated,
            parts: msg.parts ?? [msg.records.length],
          });
        } else {
          outputs.push({
            nodeId: msg.nodeId,
            batchTimeMs: msg.batchTimeMs,
            records: msg.records,
            truncated: msg.truncated,
          });
        }
        break;
      case "nodeError":
        next = {
          ...next,
          nodeErrors: {
            ...next.nodeErrors,
            [msg.nodeId]: { message: msg.message, record: msg.record, batchTimeMs: msg.batchTimeMs },
          },
        };
        events.push({
          kind: "nodeError",
          nodeId: msg.nodeId,
          batchTimeMs: msg.batchTimeMs,
          message: msg.record ? `${msg.message} (record: ${msg.record})` : msg.message,
          atMs: nowMs,
        });
        break;
      case "error":
        events.push({ kind: "error", message: msg.message, atMs: nowMs });
        break;
      case "lineage":
        next = { ...next, lineage: { ...next.lineage, [msg.nodeId]: msg.text } };
        break;
      case "sourceStatus":
        next = { ...next, sourceStatuses: { ...next.sourceStatuses, [msg.nodeId]: msg.status } };
        break;
      case "tableWrite":
        // Written to IndexedDB by the Tables tab's writer (app/panels/bottom/tables), which hears the link.
        next = { ...next, tableWrites: next.tableWrites + 1 };
        break;
      case "batchDetail":
        next = { ...next, batchDetails: withDetail(next.batchDetails, msg.batchTimeMs, msg.detail) };
        break;
      case "structuredQueryStarted":
        break;
      case "structuredTrigger":
        // The console sink's "Batch: N" table, as Spark prints it, goes where print() goes.
        for (const text of msg.console ?? []) lines.push({ nodeId: msg.nodeId, text });
        break;
      case "structuredQueryTerminated":
        if (msg.exception)
          events.push({ kind: "error", nodeId: msg.nodeId, message: msg.exception, atMs: nowMs });
        break;
      case "lessonEvent":
        // A refused StreamingContext call is an error the Errors tab lists, in Spark's words.
        if (msg.event.kind === "lifecycle" && !msg.event.ok)
          events.push({ kind: "error", message: `${msg.event.code}: ${msg.event.message}`, atMs: nowMs });
        break;
      case "faultStatus":
        // The fault model's own store (app/canvas/fault) listens for it.
        break;
      case "workerRestarted":
        events.push({ kind: "workerRestarted", nodeId: msg.nodeId, message: msg.message, atMs: nowMs });
        if (msg.nodeId) {
          next = { ...next, nodeErrors: { ...next.nodeErrors, [msg.nodeId]: { message: msg.message } } };
        }
        break;
      default:
        assertNever(msg);
    }
  }

  return {
    ...next,
    pending,
    nodeHistory,
    batches: appendBounded(next.batches, completed, RUN_LIMITS.batches),
    console: appendBounded(next.console, lines, RUN_LIMITS.consoleLines),
    outputs: appendBounded(next.outputs, outputs, RUN_LIMITS.outputs),
    files: appendBounded(next.files, files, RUN_LIMITS.files),
    events: appendBounded(next.events, events, RUN_LIMITS.events),
  };
}

function upsertPending(
  pending: PendingBatch[],
  info: BatchInfoMessage,
  status: PendingBatch["status"],
): PendingBatch[] {
  const i = pending.findIndex((p) => p.info.batchTimeMs === info.batchTimeMs);
  if (i >= 0) return pending.map((p, j) => (j === i ? { info, status } : p));
  return appendBounded(pending, [{ info, status }], RUN_LIMITS.pendingBatches);
}

/** Keeps the latest few batch details: a newer answer for a batch replaces the older one. */
function withDetail(
  details: RunData["batchDetails"],
  batchTimeMs: number,
  detail: BatchDetailMessage | undefined,
): RunData["batchDetails"] {
  const next: RunData["batchDetails"] = { ...details };
  delete next[batchTimeMs];
  next[batchTimeMs] = detail ?? "missing";
  const times = Object.keys(next).map(Number);
  // Integer keys iterate in ascending order: drop the oldest batches beyond the bound.
  for (const t of times.slice(0, Math.max(0, times.length - RUN_LIMITS.batchDetails))) delete next[t];
  return next;
}

function assertNever(x: never): never {
  throw new Error(`Unhandled run message: ${JSON.stringify(x)}`);
}
