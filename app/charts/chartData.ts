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
}

/** One point per completed batch, the newest `maxPoints` of them. */
export function batchPoints(
  batches: readonly BatchInfoMessage[],
  batchIntervalMs: number,
  maxPoints = 120,
): BatchPoint[] {
  const seconds = Math.max(batchIntervalMs, 1) / 1000;
  return batches.slice(-maxPoints).map((b) => ({
    batchTimeMs: b.batchTimeMs,
    inputRate: b.numRecords / seconds,
    schedulingDelay: b.schedulingDelayMs,
    processingTime: b.processingDelayMs,
    totalDelay: b.totalDelayMs,
    computeMs: b.measuredComputeMs,
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

export type BatchRowStatus = "queued" | "processing" | "completed";

export interface BatchRow {
  batchTimeMs: number;
  inputSize: number;
  schedulingDelay?: number;
  processingTime?: number;
  totalDelay?: number;
  computeMs?: number;
  status: BatchRowStatus;
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
  const active: BatchRow[] = pending.map((p) => ({ ...toRow(p.info), status: p.status }));
  const done: BatchRow[] = completed.map((b) => ({ ...toRow(b), status: "completed" }));
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
  };
}
