// Spark's FilteredDStream: keeps the records for which the predicate is true.
import { DStream } from "../core/DStream";
import type { RDD } from "../core/rdd/index";

export class FilteredDStream<T> extends DStream<T> {
  constructor(
    readonly parent: DStream<T>,
    private readonly filterFunc: (t: T) => boolean,
  ) {
    super(parent.ssc, "FilteredDStream");
  }

  get dependencies(): readonly DStream<any>[] {
    return [this.parent];
  }

  get slideDuration(): number {
    return this.parent.slideDuration;
  }

  compute(timeMs: number): RDD<T> | undefined {
    return this.parent.getOrCompute(timeMs)?.filter(this.filterFunc);
  }
}

declare module "../core/DStream" {
  interface FluentMethods<T> {
    filter(filterFunc: (t: T) => boolean): DStream<T>;
  }
}

export function filterMethod<T>(this: DStream<T>, filterFunc: (t: T) => boolean): DStream<T> {
  return new FilteredDStream(this, filterFunc);
}
