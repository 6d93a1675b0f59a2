// Spark's UnionDStream: the union of the parents' RDDs at each batch time (all parents must share the
// context and the slide duration; messages are Spark's).
import { DStream } from "../core/DStream";
import { requireThat } from "../core/errors";
import type { RDD } from "../core/rdd/index";
import { formatMs } from "../core/time";

export class UnionDStream<T> extends DStream<T> {
  constructor(readonly parents: readonly DStream<T>[]) {
    requireThat(parents.length > 0, "List of DStreams to union is empty");
    super(parents[0].ssc, "UnionDStream");
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

  compute(timeMs: number): RDD<T> | undefined {
    const rdds = this.parents.map((p) => {
      const rdd = p.getOrCompute(timeMs);
      if (!rdd)
        throw new Error(`Could not generate RDD from a parent for unifying at time ${formatMs(timeMs)}`);
      return rdd;
    });
    return rdds.length > 0 ? this.ssc.sparkContext.union(rdds) : undefined;
  }
}

declare module "../core/DStream" {
  interface FluentMethods<T> {
    union(that: DStream<T>): DStream<T>;
  }
}

export function unionMethod<T>(this: DStream<T>, that: DStream<T>): DStream<T> {
  return new UnionDStream([this, that]);
}
