// The RDD methods that need classes extending RDD (shuffles, unions), attached to RDD.prototype here to
// avoid the RDD.ts <-> ShuffledRDD.ts import cycle. Pair methods take `this: RDD<[K, V]>`.
// Shuffles default to sc.defaultParallelism partitions (Spark's spark.default.parallelism).
import { appendAll, compactBuffer, OPTION_FIRST, OPTION_SECOND } from "../scalaBuffers";
import { CoalescedRDD } from "./CoalescedRDD";
import { CoGroupedRDD } from "./CoGroupedRDD";
import { JoinedRDD } from "./JoinedRDD";
import { RDD } from "./RDD";
import { type Aggregator, ShuffledRDD } from "./ShuffledRDD";
import { SortedRDD } from "./SortedRDD";
import { unionOf } from "./UnionRDD";

declare module "./RDD" {
  interface RDD<T> {
    union(other: RDD<T>): RDD<T>;
    distinct(numPartitions?: number): RDD<T>;
    repartition(numPartitions: number): RDD<T>;
    coalesce(numPartitions: number, shuffle?: boolean): RDD<T>;
    sortBy<K>(f: (t: T) => K, ascending?: boolean, numPartitions?: number): RDD<T>;
    keys<K, V>(this: RDD<[K, V]>): RDD<K>;
    values<K, V>(this: RDD<[K, V]>): RDD<V>;
    mapValues<K, V, U>(this: RDD<[K, V]>, f: (v: V) => U): RDD<[K, U]>;
    flatMapValues<K, V, U>(this: RDD<[K, V]>, f: (v: V) => Iterable<U>): RDD<[K, U]>;
    combineByKey<K, V, C>(
      this: RDD<[K, V]>,
      createCombiner: (v: V) => C,
      mergeValue: (c: C, v: V) => C,
      mergeCombiners: (a: C, b: C) => C,
      numPartitions?: number,
    ): RDD<[K, C]>;
    reduceByKey<K, V>(this: RDD<[K, V]>, f: (a: V, b: V) => V, numPartitions?: number): RDD<[K, V]>;
    groupByKey<K, V>(this: RDD<[K, V]>, numPartitions?: number): RDD<[K, V[]]>;
    countByKey<K, V>(this: RDD<[K, V]>): Map<K, number>;
    sortByKey<K, V>(this: RDD<[K, V]>, ascending?: boolean, numPartitions?: number): RDD<[K, V]>;
    cogroup<K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions?: number): RDD<[K, [V[], W[]]]>;
    join<K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions?: number): RDD<[K, [V, W]]>;
    leftOuterJoin<K, V, W>(
      this: RDD<[K, V]>,
      other: RDD<[K, W]>,
      numPartitions?: number,
    ): RDD<[K, [V, W | undefined]]>;
    rightOuterJoin<K, V, W>(
      this: RDD<[K, V]>,
      other: RDD<[K, W]>,
      numPartitions?: number,
    ): RDD<[K, [V | undefined, W]]>;
    fullOuterJoin<K, V, W>(
      this: RDD<[K, V]>,
      other: RDD<[K, W]>,
      numPartitions?: number,
    ): RDD<[K, [V | undefined, W | undefined]]>;
  }
}

type AnyRDD = RDD<any>;
const parts = (rdd: AnyRDD, n?: number) => n ?? rdd.sc.defaultParallelism;
const proto = RDD.prototype as any;

proto.union = function (this: AnyRDD, other: AnyRDD) {
  return unionOf(this.sc, [this, other]);
};
proto.distinct = function (this: AnyRDD, numPartitions?: number) {
  const keyed = this.pipe<[unknown, null]>("distinct", (emit) => (t) => emit([t, null]));
  const reduced = new ShuffledRDD(keyed, parts(this, numPartitions), "distinct", {
    createCombiner: (v) => v,
    mergeValue: (c) => c,
    mergeCombiners: (c) => c,
  });
  return reduced.pipe("distinct", (emit) => (pair: [unknown, unknown]) => emit(pair[0]));
};
proto.repartition = function (this: AnyRDD, numPartitions: number) {
  return this.coalesce(numPartitions, true);
};
proto.coalesce = function (this: AnyRDD, numPartitions: number, shuffle = false) {
  // Spark's coalesce checks first, so repartition(n) = coalesce(n, shuffle = true) shares the message.
  if (!(numPartitions > 0))
    throw new Error(`requirement failed: Number of partitions (${numPartitions}) must be positive.`);
  if (!shuffle) return new CoalescedRDD(this, numPartitions);
  // Spark deals records round-robin from a per-partition start; the start here is the partition index.
  const positioned = this.mapPartitionsWithIndex(
    (split, records) => records.map((r, i) => [split + i, r]),
    "repartition",
  );
  const moved = new ShuffledRDD(
    positioned as RDD<[number, unknown]>,
    numPartitions,
    "repartition",
    undefined,
    (k, n) => k % n,
  );
  return moved.pipe("repartition", (emit) => (pair) => emit(pair[1]));
};
proto.sortBy = function (this: AnyRDD, f: (t: unknown) => unknown, ascending = true, numPartitions?: number) {
  const keyed = this.keyBy(f);
  const sorted = new SortedRDD(keyed, numPartitions ?? this.numPartitions, ascending, "sortBy");
  return sorted.pipe("sortBy", (emit) => (pair) => emit(pair[1]));
};
proto.keys = function (this: AnyRDD) {
  const fn = (pair: [unknown, unknown]) => pair[0];
  return this.pipe("keys", (emit) => (pair) => emit(fn(pair)), { kind: "map", fn });
};
proto.values = function (this: AnyRDD) {
  const fn = (pair: [unknown, unknown]) => pair[1];
  return this.pipe("values", (emit) => (pair) => emit(fn(pair)), { kind: "map", fn });
};
proto.mapValues = function (this: AnyRDD, f: (v: unknown) => unknown) {
  return this.pipe(
    "mapValues",
    (emit) => (pair) => emit([pair[0], f(pair[1])]),
    { kind: "mapValues", fn: f },
    true,
  );
};
proto.flatMapValues = function (this: AnyRDD, f: (v: unknown) => Iterable<unknown>) {
  return this.pipe(
    "flatMapValues",
    (emit) => (pair) => {
      for (const u of f(pair[1])) emit([pair[0], u]);
    },
    { kind: "flatMapValues", fn: f },
    true,
  );
};
proto.combineByKey = function (
  this: AnyRDD,
  createCombiner: (v: unknown) => unknown,
  mergeValue: (c: unknown, v: unknown) => unknown,
  mergeCombiners: (a: unknown, b: unknown) => unknown,
  numPartitions?: number,
  op = "combineByKey",
) {
  const agg: Aggregator<unknown, unknown> = { createCombiner, mergeValue, mergeCombiners };
  return new ShuffledRDD(this, parts(this, numPartitions), op, agg);
};
proto.reduceByKey = function (this: AnyRDD, f: (a: unknown, b: unknown) => unknown, numPartitions?: number) {
  return proto.combineByKey.call(this, (v: unknown) => v, f, f, numPartitions, "reduceByKey");
};
// Spark's PairRDDFunctions.groupByKey: CompactBuffer(v), buf += v, c1 ++= c2 (so it prints as Spark's).
proto.groupByKey = function (this: AnyRDD, numPartitions?: number) {
  return proto.combineByKey.call(
    this,
    (v: unknown) => compactBuffer([v]),
    (c: unknown[], v: unknown) => {
      c.push(v);
      return c;
    },
    appendAll,
    numPartitions,
    "groupByKey",
  );
};
proto.countByKey = function (this: AnyRDD) {
  const counts = new Map<unknown, number>();
  for (const [k, c] of this.mapValues(() => 1)
    .reduceByKey((a: number, b: number) => a + b)
    .collect()) {
    counts.set(k, c);
  }
  return counts;
};
proto.sortByKey = function (this: AnyRDD, ascending = true, numPartitions?: number) {
  return new SortedRDD(this, numPartitions ?? this.numPartitions, ascending);
};
/** Another RDD to combine with; anything else (an unset table is undefined) fails here, where it is passed. */
function requireRDD(other: unknown, op: string): void {
  if (!(other instanceof RDD))
    throw new TypeError(`${op} needs another RDD, got ${other === null ? "null" : typeof other}`);
}
proto.cogroup = function (this: AnyRDD, other: AnyRDD, numPartitions?: number) {
  requireRDD(other, "cogroup");
  return new CoGroupedRDD([this, other], parts(this, numPartitions)).pipe(
    "cogroup",
    (emit) => (e) => emit(e),
    undefined,
    true,
  );
};

// Joins as Spark's PairRDDFunctions: cogroup, then the cross product of both sides per key. An outer
// join's Option sides hold the bare value or undefined (None), marked so they print as Some(v) / None.
const OPTION_SIDES = {
  inner: 0,
  left: OPTION_SECOND,
  right: OPTION_FIRST,
  full: OPTION_FIRST | OPTION_SECOND,
};
const joinWith = (kind: "inner" | "left" | "right" | "full") =>
  function (this: AnyRDD, other: AnyRDD, numPartitions?: number) {
    const op = kind === "inner" ? "join" : `${kind}OuterJoin`;
    requireRDD(other, op);
    // the cogroup is built for the lineage (and RDD ids) Spark shows; JoinedRDD computes from the parents
    return new JoinedRDD(this.cogroup(other, numPartitions), this, other, OPTION_SIDES[kind], op);
  };
proto.join = joinWith("inner");
proto.leftOuterJoin = joinWith("left");
proto.rightOuterJoin = joinWith("right");
proto.fullOuterJoin = joinWith("full");
