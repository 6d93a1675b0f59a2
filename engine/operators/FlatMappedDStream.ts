// Spark's FlatMappedDStream: flatMap(f) on every RDD; f returns an iterable of records.
import { DStream } from "../core/DStream";
import type { RDD } from "../core/rdd/index";

export class FlatMappedDStream<T, U> extends DStream<U> {
  constructor(
    readonly parent: DStream<T>,
    private readonly fn: (t: T) => Iterable<U>,
  ) {
    super(parent.ssc, "FlatMappedDStream");
  }

  get dependencies(): readonly DStream<any>[] {
    return [this.parent];
  }

  get slideDuration(): number {
    return this.parent.slideDuration;
  }

  compute(timeMs: number): RDD<U> | undefined {
    const rdd = this.parent.getOrCompute(timeMs);
    return rdd?.flatMap(this.fn);
  }
}

declare module "../core/DStream" {
  interface FluentMethods<T> {
    /** A function returning `[k, v]` pairs gives a pair stream (tuples, not `(K | V)[]`). */
    flatMap<K, V>(flatMapFunc: (t: T) => Iterable<[K, V]>): DStream<[K, V]>;
    flatMap<U>(flatMapFunc: (t: T) => Iterable<U>): DStream<U>;
  }
}

export function flatMapMethod(this: DStream<any>, flatMapFunc: (t: any) => Iterable<any>) {
  return new FlatMappedDStream(this, flatMapFunc);
}
