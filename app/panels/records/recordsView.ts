// Shapes a node's batch summaries for the records drawer. Pure.
import type { NodeBatchSummary } from "../../../engine/protocol/messages";
import { recordToText } from "../../store/run/data/recordToText";

export interface PartitionView {
  index: number;
  count: number;
  /** Pair streams: [key, value] as text; plain streams: [record] as text. */
  rows: string[][];
}

export interface BatchView {
  batchTimeMs: number;
  count: number;
  computed: boolean;
  isPair: boolean;
  truncated: boolean;
  partitions: PartitionView[];
  windowBatches?: number[];
  stateSize?: number;
}

export function isPairRecord(r: unknown): r is [unknown, unknown] {
  return Array.isArray(r) && r.length === 2;
}

/** A stream is shown as pairs when the engine sent key counts or every sampled record is a pair. */
export function isPairSummary(s: NodeBatchSummary): boolean {
  if (s.keyCounts) return true;
  const records = s.sample.flat();
  return records.length > 0 && records.every(isPairRecord);
}

export function batchView(s: NodeBatchSummary): BatchView {
  const isPair = isPairSummary(s);
  const partitions = s.partitionCounts.map((count, index) => ({
    index,
    count,
    rows: (s.sample[index] ?? []).map((r) =>
      isPair && isPairRecord(r) ? [recordToText(r[0]), recordToText(r[1])] : [recordToText(r)],
    ),
  }));
  return {
    batchTimeMs: s.batchTimeMs,
    count: s.count,
    computed: s.computed,
    isPair,
    truncated: s.truncated,
    partitions,
    windowBatches: s.windowBatches,
    stateSize: s.stateSize,
  };
}

/** Newest batch first, as the drawer lists them. */
export function recordsViews(history: readonly NodeBatchSummary[] | undefined): BatchView[] {
  return (history ?? []).slice().reverse().map(batchView);
}
