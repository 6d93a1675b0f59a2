// Spark's MapValuedDStream: mapValues(f) on a pair stream; keys (and partitioning) are kept.
import { DStream } from "../core/DStream";
import type { RDD } from "../core/rdd/index";

export class MapValuedDStream<K, V, U> extends DStream<[K, U]> {
  constructor(
    readonly parent: DStream<[K, V]>,
    private readonly mapValuesFunc: (v: V) => U,
  ) {
    super(parent.ssc, "MapValuedDStream");
  }

  get dependencies(): readonly DStream<any>[] {
    return [this.parent];
  }

  get slideDuration(): number {
    return this.parent.slideDuration;
  }

  compute(timeMs: number): RDD<[K, U]> | undefined {
    return this.parent.getOrCompute(timeMs)?.mapValues(this.mapValuesFunc);
  }
}

declare module "../core/DStream" {
  interface FluentMethods<T> {
    mapValues<K, V, U>(this: DStream<[K, V]>, mapValuesFunc: (v: V) => U): DStream<[K, U]>;
  }
}

export function mapValuesMethod<K, V, U>(this: DStream<[K, V]>, f: (v: V) => U): DStream<[K, U]> {
  return new MapValuedDStream(this, f);
}
