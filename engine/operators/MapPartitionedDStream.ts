// Spark's MapPartitionedDStream: f gets each partition as an array and returns the new partition's records.
import { DStream } from "../core/DStream";
import type { RDD } from "../core/rdd/index";

export class MapPartitionedDStream<T, U> extends DStream<U> {
  constructor(
    readonly parent: DStream<T>,
    private readonly fn: (records: T[]) => Iterable<U>,
  ) {
    super(parent.ssc, "MapPartitionedDStream");
  }

  get dependencies(): readonly DStream<any>[] {
    return [this.parent];
  }

  get slideDuration(): number {
    return this.parent.slideDuration;
  }

  compute(timeMs: number): RDD<U> | undefined {
    return this.parent.getOrCompute(timeMs)?.mapPartitions(this.fn);
  }
}

declare module "../core/DStream" {
  interface FluentMethods<T> {
    mapPartitions<U>(mapPartFunc: (records: T[]) => Iterable<U>): DStream<U>;
  }
}

export function mapPartitionsMethod(this: DStream<any>, mapPartFunc: (records: any[]) => Iterable<any>) {
  return new MapPartitionedDStream(this, mapPartFunc);
}
