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
proto.take = function (this: AnyRDD, num: number) {
  const out: unknown[] = [];
  for (let i = 0; i < this.numPartitions && out.length < num; i++) {
    const part = this.computePartition(i);
    for (let j = 0; j < part.length && out.length < num; j++) out.push(part[j]);
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
