// The outputs of a run per batch time and output node, as text (print lines, records as Scala prints
// them), and the comparison of two runs' batches: what the run with the fault lacks or has in excess
// compared with the run without. Compared as multisets: Spark does not define the order after a shuffle.
import { formatRecord } from "../core/format";

export interface BatchComparison {
  batchTimeMs: number;
  equal: boolean;
  /** Lines the run without the fault has and the run with it lacks. */
  missing: number;
  /** Lines the run with the fault has in excess. */
  extra: number;
  /** Up to 3 of the missing lines, to show. */
  missingSample: string[];
}

export class OutputLog {
  private readonly byBatch = new Map<number, Map<string, string[]>>();

  /** Records one output operation's output at a batch time. */
  add(nodeId: string, batchTimeMs: number, lines: readonly string[]): void {
    let nodes = this.byBatch.get(batchTimeMs);
    if (!nodes) this.byBatch.set(batchTimeMs, (nodes = new Map()));
    const list = nodes.get(nodeId) ?? [];
    list.push(...lines);
    nodes.set(nodeId, list);
  }

  addRecords(nodeId: string, batchTimeMs: number, records: readonly unknown[]): void {
    this.add(nodeId, batchTimeMs, records.map(formatRecord));
  }

  lines(batchTimeMs: number): Map<string, string[]> {
    return this.byBatch.get(batchTimeMs) ?? new Map();
  }

  /** Forgets batches before `batchTimeMs`. */
  dropBefore(batchTimeMs: number): void {
    for (const t of this.byBatch.keys()) if (t < batchTimeMs) this.byBatch.delete(t);
  }
}

/** The run with the fault (`hit`) against the run without (`clean`) at one batch time. */
export function compareBatch(batchTimeMs: number, hit: OutputLog, clean: OutputLog): BatchComparison {
  const counts = new Map<string, number>();
  const key = (node: string, line: string) => `${node}\u0000${line}`;
  for (const [node, lines] of clean.lines(batchTimeMs))
    for (const l of lines) counts.set(key(node, l), (counts.get(key(node, l)) ?? 0) + 1);
  let extra = 0;
  for (const [node, lines] of hit.lines(batchTimeMs)) {
    for (const l of lines) {
      const k = key(node, l);
      const n = counts.get(k) ?? 0;
      if (n > 0) counts.set(k, n - 1);
      else extra++;
    }
  }
  let missing = 0;
  const missingSample: string[] = [];
  for (const [k, n] of counts) {
    if (n === 0) continue;
    missing += n;
    if (missingSample.length < 3) missingSample.push(k.split("\u0000")[1]);
  }
  return { batchTimeMs, equal: missing === 0 && extra === 0, missing, extra, missingSample };
}
