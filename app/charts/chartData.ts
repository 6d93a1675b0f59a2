// Shapes run data for the charts and the batch table. Pure: tested without a DOM.
import type { BatchInfoMessage, NodeBatchSummary } from "../../engine/protocol/messages";
import type { PendingBatch } from "../store/run/data/runData";

export interface BatchPoint {
  batchTimeMs: number;
  /** Records per second of the batch's input (Spark's "Input Rate"). */
  inputRate: number;
  schedulingDelay?: number;
  processingTime?: number;
  totalDelay?: number;
  /** Wall-clock time the engine really spent: shown beside the simulated processing time. */
  computeMs?: number;
  /** The batch failed (Spark's failureReason): marked on every timeline. */
  failed?: boolean;
}

/** One point per batch time (also those Spark drops for having no jobs), the newest `maxPoints`. */
export function batchPoints(
  batches: readonly BatchInfoMessage[],
  batchIntervalMs: number,
  maxPoints = 120,
): BatchPoint[] {
  const seconds = Math.max(batchIntervalMs, 1) / 1000;
  return batches.slice(-maxPoints).map((b) => ({
    batchTimeMs: b.batchTimeMs,
    // Every source's records (the engine's hook): Spark's numRecords leaves queueStream out.
    inputRate: (b.inputRecords ?? b.numRecords) / seconds,
    schedulingDelay: b.schedulingDelayMs,
    processingTime: b.processingDelayMs,
    totalDelay: b.totalDelayMs,
    computeMs: b.measuredComputeMs,
    ...(b.failureReason === undefined ? {} : { failed: true }),
  }));
}

export interface NodeThroughput {
  nodeId: string;
  label: string;
  /** Mean records per second over the batches held for the node. */
  recordsPerSecond: number;
}

/** Throughput per node: mean records per batch interval over the last computed batches. */
export function nodeThroughput(
  nodeHistory: Readonly<Record<string, readonly NodeBatchSummary[]>>,
  batchIntervalMs: number,
  labelOf: (nodeId: string) => string = (id) => id,
): NodeThroughput[] {
  const seconds = Math.max(batchIntervalMs, 1) / 1000;
  const rows: NodeThroughput[] = [];
  for (const [nodeId, history] of Object.entries(nodeHistory)) {
    const computed = history.filter((s) => s.computed);
    if (computed.length === 0) continue;
    const mean = computed.reduce((sum, s) => sum + s.count, 0) / computed.length;
    rows.push({ nodeId, label: labelOf(nodeId), recordsPerSecond: mean / seconds });
  }
  return rows;
}

export type BatchRowStatus = "queued" | "processing" | "completed" | "failed";

export interface BatchRow {
  batchTimeMs: number;
  inputSize: number;
  schedulingDelay?: number;
  processingTime?: number;
  totalDelay?: number;
  computeMs?: number;
  status: BatchRowStatus;
  failureReason?: string;
}

/**
 * Spark's "Active Batches" (queued, processing) above its "Completed Batches", newest first, capped at
 * `limit` rows so that the table stays cheap to render.
 */
export function batchRows(
  completed: readonly BatchInfoMessage[],
  pending: readonly PendingBatch[],
  limit = 100,
): BatchRow[] {
  // A late "started" message can follow its batch's completion within one frame: completed wins.
  const completedTimes = new Set(completed.map((b) => b.batchTimeMs));
  const active: BatchRow[] = pending
    .filter((p) => !completedTimes.has(p.info.batchTimeMs))
    .map((p) => ({ ...toRow(p.info), status: p.status }));
  // Spark's Streaming UI never sees a batch without jobs: the table lists none.
  const done: BatchRow[] = completed
    .filter((b) => !b.withoutJobs)
    .map((b) => ({ ...toRow(b), status: b.failureReason === undefined ? "completed" : "failed" }));
  return [...active.reverse(), ...done.reverse()].slice(0, limit);
}

function toRow(b: BatchInfoMessage): Omit<BatchRow, "status"> {
  return {
    batchTimeMs: b.batchTimeMs,
    inputSize: b.numRecords,
    schedulingDelay: b.schedulingDelayMs,
    processingTime: b.processingDelayMs,
    totalDelay: b.totalDelayMs,
    computeMs: b.measuredComputeMs,
    failureReason: b.failureReason,
  };
}

/**
 * What the charts call each node: its label, else its kind and a number in the pipeline's order
 * ("map 2"), never the internal id.
 */
export function nodeLabels(
  nodes: readonly { id: string; kind: string; label?: string }[],
): Map<string, string> {
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const n of nodes) {
    const k = (seen.get(n.kind) ?? 0) + 1;
    seen.set(n.kind, k);
    labels.set(n.id, n.label?.trim() || `${n.kind} ${k}`);
  }
  return labels;
}
