// Spark's ForEachDStream: the output operation behind foreachRDD, print and saveAsTextFiles. Registers
// itself with the graph; at each batch time its job runs `foreachFunc` on the parent's RDD, if any.
import { DStream } from "../core/DStream";
import type { Job, OutputDStream } from "../core/DStreamGraph";
import type { RDD } from "../core/rdd/index";

export class ForEachDStream<T> extends DStream<void> implements OutputDStream {
  // Stored with RDD<any> so ForEachDStream<T> stays covariant in T (a function-typed field taking T would
  // make it, and DStream<T> whose foreachRDD returns it, invariant: DStream<[string, number]> could then
  // not be passed where a DStream<(string | number)[]> is expected).
  private readonly foreachFunc: (rdd: RDD<any>, timeMs: number) => void;

  constructor(
    readonly parent: DStream<T>,
    foreachFunc: (rdd: RDD<T>, timeMs: number) => void,
    /** "foreachRDD", "print" or "saveAsTextFiles": which output operation this is. */
    readonly outputKind = "foreachRDD",
  ) {
    super(parent.ssc, "ForEachDStream");
    this.foreachFunc = foreachFunc;
    parent.ssc.graph.addOutputStream(this);
  }

  get dependencies(): readonly DStream<any>[] {
    return [this.parent];
  }

  get slideDuration(): number {
    return this.parent.slideDuration;
  }

  compute(): undefined {
    return undefined;
  }

  generateJob(timeMs: number): Job | undefined {
    const rdd = this.parent.getOrCompute(timeMs);
    if (!rdd) return undefined;
    return { timeMs, outputStream: this, run: () => this.foreachFunc(rdd, timeMs) };
  }
}

declare module "../core/DStream" {
  interface FluentMethods<T> {
    /** Run `f` on every RDD this stream generates (an output operation). */
    foreachRDD(f: (rdd: RDD<T>, timeMs: number) => void): ForEachDStream<T>;
  }
}

export function foreachRDDMethod<T>(this: DStream<T>, f: (rdd: RDD<T>, timeMs: number) => void) {
  return new ForEachDStream(this, f);
}
