// Bounded per-node, per-batch summaries of what each node produced: counts per partition (free: RDDs
// count records as they are computed), a small sample, and for pair streams the top keys. Whatever the
// input rate, a summary holds at most `sampleSize` records and `TOP_KEYS` keys.
import type { DStream } from "../core/DStream";
import type { RDD } from "../core/rdd/index";
import type { NodeBatchSummary } from "../protocol/messages";

export const TOP_KEYS = 10;
/** Records scanned for key counts: beyond this the counts cover a prefix of the batch. */
export const KEY_SCAN_LIMIT = 50_000;

const STOP = Symbol("stop iteration");

/** Pushes partition `split` into `take` until it returns false; never materialises the partition. */
function scan<T>(rdd: RDD<T>, split: number, take: (record: T) => boolean): void {
  try {
    rdd.iterate(split, (r) => {
      if (!take(r)) throw STOP;
    });
  } catch (e) {
    if (e !== STOP) throw e;
  }
}

/** A structured-clone-safe, size-bounded copy of a record (functions, class instances become text). */
export function toPlain(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return value;
  const t = typeof value;
  if (t === "string") return (value as string).length > 500 ? `${(value as string).slice(0, 499)}…` : value;
  if (t === "number" || t === "boolean") return value;
  if (t === "bigint") return `${value}n`;
  if (t !== "object") return String(value);
  if (depth >= 6) return "…";
  if (Array.isArray(value)) {
    const out = value.slice(0, 50).map((v) => toPlain(v, depth + 1));
    if (value.length > 50) out.push(`… ${value.length - 50} more`);
    return out;
  }
  if (value instanceof Map) return toPlain([...value.entries()], depth);
  if (value instanceof Set) return toPlain([...value], depth);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return String(value);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as object).slice(0, 50)) out[k] = toPlain(v, depth + 1);
  return out;
}

export function keyText(key: unknown): string {
  return typeof key === "string" ? key : (JSON.stringify(toPlain(key)) ?? String(key));
}

export function isPairRecord(r: unknown): r is [unknown, unknown] {
  return Array.isArray(r) && r.length === 2;
}

/** Top keys by summed numeric values (e.g. word counts), else by number of records. */
function topKeys(rdd: RDD<unknown>): [string, number][] | undefined {
  const totals = new Map<string, number>();
  let scanned = 0;
  let pairs = true;
  let numeric = true;
  for (let split = 0; split < rdd.numPartitions && pairs && scanned < KEY_SCAN_LIMIT; split++) {
    scan(rdd, split, (r) => {
      if (!isPairRecord(r)) {
        pairs = false;
        return false;
      }
      const k = keyText(r[0]);
      const v = r[1];
      if (typeof v !== "number") numeric = false;
      totals.set(k, (totals.get(k) ?? 0) + (typeof v === "number" ? v : 1));
      return ++scanned < KEY_SCAN_LIMIT;
    });
  }
  if (!pairs || totals.size === 0) return pairs ? [] : undefined;
  if (!numeric) {
    // Mixed values: count records per key instead of summing.
    totals.clear();
    scanned = 0;
    for (let split = 0; split < rdd.numPartitions && scanned < KEY_SCAN_LIMIT; split++) {
      scan(rdd, split, (r) => {
        const k = keyText((r as [unknown, unknown])[0]);
        totals.set(k, (totals.get(k) ?? 0) + 1);
        return ++scanned < KEY_SCAN_LIMIT;
      });
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_KEYS);
}

export interface SummaryOptions {
  sampleSize: number;
  /** The node's output is (or may be) a pair stream: compute key counts. */
  keyed: boolean;
  batchIntervalMs?: number;
}

export function summarizeNode(
  nodeId: string,
  stream: DStream<any>,
  batchTimeMs: number,
  options: SummaryOptions,
): NodeBatchSummary {
  const rdd = stream.getGeneratedRDD(batchTimeMs);
  if (!rdd) {
    return {
      nodeId,
      batchTimeMs,
      count: 0,
      partitionCounts: [],
      sample: [],
      truncated: false,
      computed: false,
    };
  }
  const known = rdd.knownPartitionCounts() ?? [];
  const partitionCounts: number[] = [];
  for (let split = 0; split < rdd.numPartitions; split++) {
    let n = known[split];
    if (n === undefined) {
      n = 0;
      rdd.iterate(split, () => n!++);
    }
    partitionCounts.push(n);
  }
  const count = partitionCounts.reduce((a, b) => a + b, 0);
  // An even share of the sample per partition, so every partition shows something.
  const quota = Math.ceil(options.sampleSize / Math.max(1, rdd.numPartitions));
  let left = options.sampleSize;
  const sample: unknown[][] = [];
  for (let split = 0; split < rdd.numPartitions; split++) {
    const part: unknown[] = [];
    const want = Math.min(quota, left);
    if (want > 0 && partitionCounts[split] > 0) {
      scan(rdd, split, (r) => {
        part.push(toPlain(r));
        return part.length < want;
      });
    }
    left -= part.length;
    sample.push(part);
  }
  const sampled = sample.reduce((n, p) => n + p.length, 0);
  const summary: NodeBatchSummary = {
    nodeId,
    batchTimeMs,
    count,
    partitionCounts,
    sample,
    truncated: sampled < count,
    computed: true,
  };
  if (options.keyed && count > 0) {
    const keys = topKeys(rdd);
    if (keys) summary.keyCounts = keys;
  }
  return summary;
}
