// Spark's FlatMapValuedDStream: each value becomes zero or more values under the same key.
import { DStream } from "../core/DStream";
import type { RDD } from "../core/rdd/index";

export class FlatMapValuedDStream<K, V, U> extends DStream<[K, U]> {
  constructor(
    readonly parent: DStream<[K, V]>,
    private readonly flatMapValuesFunc: (v: V) => Iterable<U>,
  ) {
    super(parent.ssc, "FlatMapValuedDStream");
  }

  get dependencies(): readonly DStream<any>[] {
    return [this.parent];
  }

  get slideDuration(): number {
    return this.parent.slideDuration;
  }

  compute(timeMs: number): RDD<[K, U]> | undefined {
    return this.parent.getOrCompute(timeMs)?.flatMapValues(this.flatMapValuesFunc);
  }
}

declare module "../core/DStream" {
  interface FluentMethods<T> {
    flatMapValues<K, V, U>(this: DStream<[K, V]>, flatMapValuesFunc: (v: V) => Iterable<U>): DStream<[K, U]>;
  }
}

export function flatMapValuesMethod<K, V, U>(
  this: DStream<[K, V]>,
  f: (v: V) => Iterable<U>,
): DStream<[K, U]> {
  return new FlatMapValuedDStream(this, f);
}
