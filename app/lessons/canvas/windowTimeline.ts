// The window lesson's timeline, as data: the recent batch times under a window node, which of them the
// window's current RDD covers (the engine's own list, windowBatches), and at which times it emitted.
// And the work a window does per emission, from the input's real record counts, with and without the
// inverse function.
import type { NodeBatchSummary } from "../../../engine/protocol/messages";

export interface TimelineCell {
  batchTimeMs: number;
  covered: boolean;
  /** The window produced an RDD at this time (it slid); false between slides. */
  emitted: boolean;
  /** Times where the node was summarised: false for a time it saw no batch at all. */
  seen: boolean;
}

/** The last `span` batch times up to the newest one, oldest first. */
export function timelineCells(
  history: readonly NodeBatchSummary[],
  batchIntervalMs: number,
  span: number,
): TimelineCell[] {
  const last = history.at(-1);
  if (!last) return [];
  const covered = new Set(history.findLast((s) => s.computed)?.windowBatches ?? []);
  const byTime = new Map(history.map((s) => [s.batchTimeMs, s]));
  const cells: TimelineCell[] = [];
  for (let i = span - 1; i >= 0; i--) {
    const t = last.batchTimeMs - i * batchIntervalMs;
    if (t <= 0) continue;
    const s = byTime.get(t);
    cells.push({
      batchTimeMs: t,
      covered: covered.has(t),
      emitted: s?.computed === true,
      seen: s !== undefined,
    });
  }
  return cells;
}

/**
 * Records combined for the window's latest emission. Without the inverse function every batch in the
 * window is reduced again; with it, the window before is updated: the slide's new batches are added
 * and the batches that left the window are subtracted (ReducedWindowedDStream).
 */
export function windowWork(
  inputHistory: readonly NodeBatchSummary[],
  windowBatches: readonly number[],
  slideMs: number,
): { without: number; with: number } | undefined {
  if (windowBatches.length === 0) return undefined;
  const counts = new Map(inputHistory.map((s) => [s.batchTimeMs, s.count]));
  const count = (t: number) => counts.get(t);
  const inWindow = windowBatches.map(count);
  if (inWindow.some((c) => c === undefined)) return undefined;
  const without = (inWindow as number[]).reduce((a, b) => a + b, 0);
  const newest = windowBatches.at(-1)!;
  const oldest = windowBatches[0];
  const interval = windowBatches.length > 1 ? windowBatches[1] - windowBatches[0] : slideMs;
  const slideBatches = Math.max(1, Math.round(slideMs / interval));
  let added = 0;
  let removed = 0;
  for (let k = 0; k < slideBatches; k++) {
    added += count(newest - k * interval) ?? 0;
    const left = oldest - (k + 1) * interval;
    if (left > 0) {
      const c = count(left);
      if (c === undefined) return { without, with: Number.NaN };
      removed += c;
    }
  }
  return { without, with: added + removed };
}
