// Spark's GlommedDStream: each partition becomes one record, the array of its records.
import { DStream } from "../core/DStream";
import type { RDD } from "../core/rdd/index";

export class GlommedDStream<T> extends DStream<T[]> {
  constructor(readonly parent: DStream<T>) {
    super(parent.ssc, "GlommedDStream");
  }

  get dependencies(): readonly DStream<any>[] {
    return [this.parent];
  }

  get slideDuration(): number {
    return this.parent.slideDuration;
  }

  compute(timeMs: number): RDD<T[]> | undefined {
    return this.parent.getOrCompute(timeMs)?.glom();
  }
}

declare module "../core/DStream" {
  interface FluentMethods<T> {
    glom(): DStream<T[]>;
  }
}

export function glomMethod<T>(this: DStream<T>): DStream<T[]> {
  return new GlommedDStream(this);
}
