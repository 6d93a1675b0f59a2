// Window operators Spark builds from others (DStream.scala, PairDStreamFunctions.scala):
//   reduceByWindow(f, w, s)        = reduce(f).window(w, s).reduce(f)          (empty window: empty RDD)
//   reduceByWindow(f, invF, w, s)  = map((1, _)).reduceByKeyAndWindow(f, invF, w, s, 1).map(_._2)
//   countByWindow(w, s)            = map(_ => 1).reduceByWindow(_ + _, _ - _, w, s)
//   countByValueAndWindow(w, s, n) = map((_, 1)).reduceByKeyAndWindow(+, -, w, s, n, _._2 != 0)
//   groupByKeyAndWindow(w, s, n)   = groupByKey().window(w, s).combineByKey(ArrayBuffer ++=)
// The inverse forms keep their single key once seen, so countByWindow emits nothing before the first
// record, and 0 (not an empty RDD) once the window empties again.
import type { DStream } from "../core/DStream";
import { appendAll, arrayBuffer } from "../core/scalaBuffers";

declare module "../core/DStream" {
  interface FluentMethods<T> {
    reduceByWindow(reduceFunc: (a: T, b: T) => T, windowMs: number, slideMs: number): DStream<T>;
    reduceByWindow(
      reduceFunc: (a: T, b: T) => T,
      invReduceFunc: ((a: T, b: T) => T) | undefined,
      windowMs: number,
      slideMs: number,
    ): DStream<T>;
    countByWindow(windowMs: number, slideMs: number): DStream<number>;
    countByValueAndWindow(windowMs: number, slideMs: number, numPartitions?: number): DStream<[T, number]>;
    groupByKeyAndWindow<K, V>(
      this: DStream<[K, V]>,
      windowMs: number,
      slideMs?: number,
      numPartitions?: number,
    ): DStream<[K, V[]]>;
  }
}

type Reduce<T> = (a: T, b: T) => T;

export function reduceByWindowMethod<T>(
  this: DStream<T>,
  reduceFunc: Reduce<T>,
  second: Reduce<T> | number | undefined,
  ...rest: number[]
): DStream<T> {
  if (typeof second === "number") return this.reduce(reduceFunc).window(second, rest[0]).reduce(reduceFunc);
  const [windowMs, slideMs] = rest;
  if (second === undefined || second === null) return this.reduceByWindow(reduceFunc, windowMs, slideMs);
  return this.map((t): [number, T] => [1, t])
    .reduceByKeyAndWindow(reduceFunc, second, windowMs, slideMs, 1)
    .map((pair) => pair[1]);
}

export function countByWindowMethod(this: DStream<any>, windowMs: number, slideMs: number) {
  return this.map(() => 1).reduceByWindow(
    (a, b) => a + b,
    (a, b) => a - b,
    windowMs,
    slideMs,
  );
}

export function countByValueAndWindowMethod<T>(
  this: DStream<T>,
  windowMs: number,
  slideMs: number,
  numPartitions?: number,
): DStream<[T, number]> {
  return this.map((t): [T, number] => [t, 1]).reduceByKeyAndWindow(
    (a, b) => a + b,
    (a, b) => a - b,
    windowMs,
    slideMs,
    numPartitions,
    (pair) => pair[1] !== 0,
  );
}

export function groupByKeyAndWindowMethod<K, V>(
  this: DStream<[K, V]>,
  windowMs: number,
  slideMs?: number,
  numPartitions?: number,
): DStream<[K, V[]]> {
  return this.groupByKey(numPartitions)
    .window(windowMs, slideMs ?? this.slideDuration)
    .combineByKey(
      (vs: V[]) => appendAll(arrayBuffer<V>(), vs), // Spark: new ArrayBuffer[V] ++= v
      appendAll<V>,
      appendAll<V>,
      numPartitions,
    );
}
