// Spark's MappedDStream: map(f) on every RDD (fused with neighbouring narrow operators by the RDD layer).
import { DStream } from "../core/DStream";
import type { RDD } from "../core/rdd/index";

export class MappedDStream<T, U> extends DStream<U> {
  constructor(
    readonly parent: DStream<T>,
    private readonly mapFunc: (t: T) => U,
  ) {
    super(parent.ssc, "MappedDStream");
  }

  get dependencies(): readonly DStream<any>[] {
    return [this.parent];
  }

  get slideDuration(): number {
    return this.parent.slideDuration;
  }

  compute(timeMs: number): RDD<U> | undefined {
    return this.parent.getOrCompute(timeMs)?.map(this.mapFunc);
  }
}

declare module "../core/DStream" {
  interface FluentMethods<T> {
    /** A function returning `[k, v]` gives a pair stream (a tuple, not `(K | V)[]`). */
    map<K, V>(mapFunc: (t: T) => [K, V]): DStream<[K, V]>;
    map<U>(mapFunc: (t: T) => U): DStream<U>;
  }
}

export function mapMethod<T, U>(this: DStream<T>, mapFunc: (t: T) => U): DStream<U> {
  return new MappedDStream(this, mapFunc);
}
