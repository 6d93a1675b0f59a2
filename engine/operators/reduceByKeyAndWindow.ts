// reduceByKeyAndWindow, both of Spark's forms (PairDStreamFunctions.scala):
//   without an inverse: reduceByKey(f, n).window(w, s).reduceByKey(f, n)   (keys leave with their values)
//   with an inverse:    ReducedWindowedDStream (incremental; keys stay at "zero" unless filterFunc drops them)
import type { DStream } from "../core/DStream";
import { requireThat } from "../core/errors";
import { ReducedWindowedDStream } from "./ReducedWindowedDStream";

declare module "../core/DStream" {
  interface FluentMethods<T> {
    /** Spark's reduceByKey over a sliding window: reduceByKey(f).window(w, s).reduceByKey(f). */
    reduceByKeyAndWindow<K, V>(
      this: DStream<[K, V]>,
      reduceFunc: (a: V, b: V) => V,
      windowMs: number,
      slideMs?: number,
      numPartitions?: number,
    ): DStream<[K, V]>;
    /** The incremental form: needs an inverse of reduceFunc and checkpointing. */
    reduceByKeyAndWindow<K, V>(
      this: DStream<[K, V]>,
      reduceFunc: (a: V, b: V) => V,
      invReduceFunc: ((a: V, b: V) => V) | undefined,
      windowMs: number,
      slideMs?: number,
      numPartitions?: number,
      filterFunc?: (pair: [K, V]) => boolean,
    ): DStream<[K, V]>;
  }
}

type Reduce<V> = (a: V, b: V) => V;

// Overloads told apart as the issue asks: a function (or an explicit undefined followed by the window, as
// PySpark's invFunc=None) in second place is the inverse form.
export function reduceByKeyAndWindowMethod<K, V>(
  this: DStream<[K, V]>,
  reduceFunc: Reduce<V>,
  second: Reduce<V> | number | undefined,
  ...rest: any[]
): DStream<[K, V]> {
  const defaultPartitions = this.ssc.sparkContext.defaultParallelism;
  // Spark builds new HashPartitioner(numPartitions) first, which refuses a negative count.
  const partitions = typeof second === "number" ? rest[1] : rest[2];
  requireThat(
    partitions === undefined || partitions >= 0,
    () => `Number of partitions (${partitions}) cannot be negative.`,
  );
  if (typeof second === "number") {
    const [slideMs, numPartitions] = rest as [number | undefined, number | undefined];
    const n = numPartitions ?? defaultPartitions;
    return this.reduceByKey(reduceFunc, n)
      .window(second, slideMs ?? this.slideDuration)
      .reduceByKey(reduceFunc, n);
  }
  const [windowMs, slideMs, numPartitions, filterFunc] = rest as [
    number,
    number | undefined,
    number | undefined,
    ((pair: [K, V]) => boolean) | undefined,
  ];
  if (second === undefined || second === null) {
    return this.reduceByKeyAndWindow(reduceFunc, windowMs, slideMs, numPartitions);
  }
  return new ReducedWindowedDStream(
    this,
    reduceFunc,
    second,
    filterFunc ?? undefined,
    windowMs,
    slideMs ?? this.slideDuration,
    numPartitions ?? defaultPartitions,
  );
}
