// The receivers table of Spark's Streaming tab: per receiver its status, where it runs, its average
// events/sec and the events/sec of each batch (the mini-timeline), and its last error. Pure.
import type { BatchInfoMessage, ReceiverInfoMessage } from "../../../../engine/protocol/messages";

export interface ReceiverRow {
  nodeId: string;
  name: string;
  streamId: number;
  active: boolean;
  executorId: string;
  /** Events per second of each batch shown, oldest first. */
  rates: number[];
  avgRate?: number;
  lastErrorTimeMs?: number;
  lastErrorMessage?: string;
  lastError?: string;
}

export function receiverRows(
  receivers: readonly ReceiverInfoMessage[],
  batches: readonly BatchInfoMessage[],
  batchIntervalMs: number,
  labelOf: (nodeId: string) => string,
  maxBatches = 60,
): ReceiverRow[] {
  const seconds = Math.max(1, batchIntervalMs) / 1000;
  const recent = batches.slice(-maxBatches);
  return receivers.map((r) => {
    const rates = recent.map((b) => (b.inputByNode?.[r.nodeId] ?? 0) / seconds);
    const avgRate = rates.length === 0 ? undefined : rates.reduce((a, b) => a + b, 0) / rates.length;
    return {
      nodeId: r.nodeId,
      name: labelOf(r.nodeId),
      streamId: r.streamId,
      active: r.active,
      executorId: r.executorId,
      rates,
      avgRate,
      lastErrorTimeMs: r.lastErrorTimeMs,
      lastErrorMessage: r.lastErrorMessage,
      lastError: r.lastError,
    };
  });
}
