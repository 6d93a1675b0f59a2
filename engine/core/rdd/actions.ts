// Spark's RDD actions: they run the partitions and bring results back to the driver. Attached to
// RDD.prototype (as pairOps.ts does) so RDD.ts keeps the class, its persistence and narrow transformations;
// rdd/index.ts imports this module, so every RDD has them.
import { mapKey } from "../hash";
import { RDD } from "./RDD";

declare module "./RDD" {
  interface RDD<T> {
    collectPartitions(): T[][];
    collect(): T[];
    foreach(f: (t: T) => void): void;
    foreachPartition(f: (records: T[]) => void): void;
    count(): number;
    /** Scans partitions in order and stops after the partition that fills `num`, as Spark's take. */
    take(num: number): T[];
    first(): T;
    isEmpty(): boolean;
    reduce(f: (a: T, b: T) => T): T;
    /**
     * Spark's fold: each partition folds from `zero`, then the partition results are folded into `zero`
     * once more, so a non-neutral zero counts numPartitions + 1 times (fold(1)(+) over [1] | [2] = 6).
     */
    fold(zero: T, f: (a: T, b: T) => T): T;
    /** Spark returns a Map of value -> count; equal tuples/objects count as one value. */
    countByValue(): Map<T, number>;
  }
}

type AnyRDD = RDD<any>;
const proto = RDD.prototype as AnyRDD;
/** Spark's spark.rdd.limit.scaleUpFactor default. */
const TAKE_SCALE_UP = 4;
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

proto.collectPartitions = function (this: AnyRDD) {
  const parts: unknown[][] = [];
  for (let i = 0; i < this.numPartitions; i++) parts.push(this.computePartition(i));
  return parts;
};
proto.collect = function (this: AnyRDD) {
  const out: unknown[] = [];
  for (let i = 0; i < this.numPartitions; i++) this.iterate(i, (r) => out.push(r));
  return out;
};
proto.foreach = function (this: AnyRDD, f: (t: unknown) => void) {
  for (let i = 0; i < this.numPartitions; i++) this.iterate(i, f);
};
proto.foreachPartition = function (this: AnyRDD, f: (records: unknown[]) => void) {
  for (let i = 0; i < this.numPartitions; i++) f(this.computePartition(i));
};
proto.count = function (this: AnyRDD) {
  let n = 0;
  for (let i = 0; i < this.numPartitions; i++) this.iterate(i, () => n++);
  return n;
};
/**
 * Spark's take: jobs over growing ranges of partitions (1 first, then up to 4x what was scanned) until
 * `num` records are in; each range is one job, so print() shows one job or a few, as on Spark.
 */
proto.take = function (this: AnyRDD, num: number) {
  const out: unknown[] = [];
  const total = this.numPartitions;
  let scanned = 0;
  while (num > 0 && out.length < num && scanned < total) {
    let tryParts = 1;
    if (scanned > 0) {
      tryParts =
        out.length === 0
          ? scanned * TAKE_SCALE_UP
          : Math.min(Math.ceil((1.5 * (num - out.length) * scanned) / out.length), scanned * TAKE_SCALE_UP);
    }
    const parts = range(scanned, Math.min(scanned + tryParts, total));
    this.sc.runJob(this, "take", parts, () => {
      for (const i of parts) {
        const part = this.computePartition(i);
        for (let j = 0; j < part.length && out.length < num; j++) out.push(part[j]);
      }
    });
    scanned += parts.length;
  }
  return out;
};
proto.first = function (this: AnyRDD) {
  const taken = this.take(1);
  if (taken.length === 0) throw new Error("empty collection");
  return taken[0];
};
proto.isEmpty = function (this: AnyRDD) {
  return this.numPartitions === 0 || this.take(1).length === 0;
};
proto.reduce = function (this: AnyRDD, f: (a: unknown, b: unknown) => unknown) {
  let has = false;
  let acc: unknown;
  this.foreach((t) => {
    acc = has ? f(acc, t) : t;
    has = true;
  });
  if (!has) throw new Error("empty collection");
  return acc;
};
proto.fold = function (this: AnyRDD, zero: unknown, f: (a: unknown, b: unknown) => unknown) {
  let result = zero;
  for (let i = 0; i < this.numPartitions; i++) {
    let acc = zero;
    this.iterate(i, (t) => {
      acc = f(acc, t);
    });
    result = f(result, acc);
  }
  return result;
};
proto.countByValue = function (this: AnyRDD) {
  const counts = new Map<unknown, [unknown, number]>();
  this.foreach((t) => {
    const k = mapKey(t);
    const entry = counts.get(k);
    if (entry) entry[1]++;
    else counts.set(k, [t, 1]);
  });
  return new Map([...counts.values()]);
};

// Each of these actions is one job over every partition (take and what builds on it run their own).
const WHOLE_RDD_ACTIONS = [
  "collectPartitions",
  "collect",
  "foreach",
  "foreachPartition",
  "count",
  "reduce",
  "fold",
  "countByValue",
] as const;
for (const name of WHOLE_RDD_ACTIONS) {
  const action = proto[name] as (...args: unknown[]) => unknown;
  (proto as unknown as Record<string, unknown>)[name] = function (this: AnyRDD, ...args: unknown[]) {
    return this.sc.runJob(this, name, range(0, this.numPartitions), () => action.apply(this, args));
  };
}
