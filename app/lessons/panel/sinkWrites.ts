// The database sinks' writes grouped per sink and batch time: a batch written again (a replay after a
// failure) replaces its rows, so it counts once, with how many times it was written.
import type { TableWrite } from "../lessonStore";

export interface SinkBatch {
  batchTimeMs: number;
  /** Rows of the batch's latest write: what the table holds for it. */
  rows: number;
  writes: number;
}

export interface SinkWrites {
  nodeId: string;
  table: string;
  batches: SinkBatch[];
}

export function sinkWrites(writes: readonly TableWrite[]): SinkWrites[] {
  const sinks = new Map<string, SinkWrites>();
  for (const w of writes) {
    const key = `${w.nodeId}\u0000${w.table}`;
    let sink = sinks.get(key);
    if (!sink) {
      sink = { nodeId: w.nodeId, table: w.table, batches: [] };
      sinks.set(key, sink);
    }
    const batch = sink.batches.find((b) => b.batchTimeMs === w.batchTimeMs);
    if (batch) {
      batch.rows = w.rows;
      batch.writes++;
    } else sink.batches.push({ batchTimeMs: w.batchTimeMs, rows: w.rows, writes: 1 });
  }
  for (const sink of sinks.values()) sink.batches.sort((a, b) => a.batchTimeMs - b.batchTimeMs);
  return [...sinks.values()];
}
