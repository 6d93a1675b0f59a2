// Spark's RDD.toDebugString: the lineage drawn with "+-" at each stage (shuffle) and "|" for narrow
// parents, plus the storage lines of persisted RDDs.
import type { RDD } from "./RDD";

export const MEMORY_ONLY = "Memory Deserialized 1x Replicated";

/**
 * As in Spark, the storage column on every line is the level of the RDD it is called on (debugSelf reads
 * the outer `storageLevel`), while "CachedPartitions" lines follow each RDD's own computed cached partitions.
 */
export function debugString(root: RDD<unknown>): string {
  const persistence = root.isPersisted ? MEMORY_ONLY : "";
  const self = (rdd: RDD<unknown>): string[] => [`${rdd} [${persistence}]`, ...storageInfo(rdd)];
  const children = (rdd: RDD<unknown>, prefix: string): string[] => {
    const deps = rdd.dependencies;
    return deps.flatMap((d, i) => line(d.rdd, prefix, d.shuffle, i === deps.length - 1));
  };
  const line = (rdd: RDD<unknown>, prefix: string, shuffle: boolean, last: boolean): string[] => {
    if (!shuffle) return [...self(rdd).map((desc) => prefix + desc), ...children(rdd, prefix)];
    const partitionStr = `(${rdd.numPartitions})`;
    const leftOffset = Math.floor((partitionStr.length - 1) / 2);
    const thisPrefix = prefix.replace(/\|\s+$/, "");
    const nextPrefix = `${thisPrefix}${last ? "  " : "| "}${" ".repeat(leftOffset)}|${" ".repeat(partitionStr.length - leftOffset)}`;
    const own = self(rdd).map((desc, i) =>
      i === 0 ? `${thisPrefix}+-${partitionStr} ${desc}` : nextPrefix + desc,
    );
    return [...own, ...children(rdd, nextPrefix)];
  };
  const partitionStr = `(${root.numPartitions})`;
  const leftOffset = Math.floor((partitionStr.length - 1) / 2);
  const nextPrefix = `${" ".repeat(leftOffset)}|${" ".repeat(partitionStr.length - leftOffset)}`;
  const own = self(root).map((desc, i) => (i === 0 ? `${partitionStr} ${desc}` : `${nextPrefix} ${desc}`));
  return [...own, ...children(root, nextPrefix)].join("\n");
}

/**
 * Spark's storage line for an RDD with cached blocks. MemorySize is an estimate of what the records
 * would take (the JVM's SizeEstimator has no counterpart here); nothing goes to disk.
 */
function storageInfo(rdd: RDD<unknown>): string[] {
  const cached = rdd.cachedBlocks();
  if (cached.length === 0) return [];
  const bytes = cached.reduce((sum, part) => sum + estimateSize(part), 0);
  return [
    `    CachedPartitions: ${cached.length}; MemorySize: ${bytesToString(bytes)}; DiskSize: ${bytesToString(0)}`,
  ];
}

/** A rough in-memory size of a value, in bytes (object header 16, numbers 16, strings 40 + 2 per char). */
function estimateSize(value: unknown): number {
  if (typeof value === "string") return 40 + 2 * value.length;
  if (Array.isArray(value))
    return value.reduce((sum: number, v) => sum + estimateSize(v), 16 + 8 * value.length);
  if (value !== null && typeof value === "object") {
    return Object.values(value).reduce(
      (sum: number, v) => sum + estimateSize(v),
      16 + 8 * Object.keys(value).length,
    );
  }
  return 16;
}

/** Spark's Utils.bytesToString: one decimal, binary units from twice the unit up. */
function bytesToString(size: number): string {
  const units: [number, string][] = [
    [2 ** 40, "TiB"],
    [2 ** 30, "GiB"],
    [2 ** 20, "MiB"],
    [2 ** 10, "KiB"],
  ];
  for (const [unit, name] of units) if (size >= 2 * unit) return `${(size / unit).toFixed(1)} ${name}`;
  return `${size.toFixed(1)} B`;
}
