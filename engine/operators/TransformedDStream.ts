// Spark's TransformedDStream: any RDD-to-RDD function of one or more parents' RDDs at the same time
// (transform, transformWith); joins and repartition are built on it, as in Spark.
import { DStream } from "../core/DStream";
import { requireThat } from "../core/errors";
import type { RDD } from "../core/rdd/index";
import { formatMs } from "../core/time";

export class TransformedDStream<U> extends DStream<U> {
  constructor(
    readonly parents: readonly DStream<any>[],
    private readonly transformFunc: (rdds: RDD<any>[], timeMs: number) => RDD<U>,
    name = "TransformedDStream",
  ) {
    super(parents[0].ssc, name);
    requireThat(
      new Set(parents.map((p) => p.ssc)).size === 1,
      "Some of the DStreams have different contexts",
    );
    requireThat(
      new Set(parents.map((p) => p.slideDuration)).size === 1,
      "Some of the DStreams have different slide durations",
    );
  }

  get dependencies(): readonly DStream<any>[] {
    return this.parents;
  }

  get slideDuration(): number {
    return this.parents[0].slideDuration;
  }

  compute(timeMs: number): RDD<U> {
    const rdds = this.parents.map((p) => {
      const rdd = p.getOrCompute(timeMs);
      if (!rdd) throw new Error(`Couldn't generate RDD from parent at time ${formatMs(timeMs)}`);
      return rdd;
    });
    const result = this.transformFunc(rdds, timeMs);
    if (result === null || result === undefined) {
      throw new Error(
        "Transform function must not return null. Return SparkContext.emptyRDD() instead to represent no element as the result of transformation.",
      );
    }
    return result;
  }
}

declare module "../core/DStream" {
  interface FluentMethods<T> {
    transform<U>(transformFunc: (rdd: RDD<T>, timeMs: number) => RDD<U>): DStream<U>;
    transformWith<U, V>(
      other: DStream<U>,
      transformFunc: (rdd: RDD<T>, other: RDD<U>, timeMs: number) => RDD<V>,
    ): DStream<V>;
  }
}

export function transformMethod<T, U>(
  this: DStream<T>,
  transformFunc: (rdd: RDD<T>, timeMs: number) => RDD<U>,
): DStream<U> {
  return new TransformedDStream<U>([this], (rdds, t) => transformFunc(rdds[0], t));
}

export function transformWithMethod<T, U, V>(
  this: DStream<T>,
  other: DStream<U>,
  transformFunc: (rdd: RDD<T>, other: RDD<U>, timeMs: number) => RDD<V>,
): DStream<V> {
  return new TransformedDStream<V>([this, other], (rdds, t) => transformFunc(rdds[0], rdds[1], t));
}
