// Spark's QueueInputDStream: each batch takes the next queued RDD (or, with oneAtATime = false, the union
// of everything queued); an empty queue gives the default RDD, else an empty RDD.
// Arrays are parallelized with the default parallelism. As in Spark, nothing is reported to the
// InputInfoTracker (BatchInfo.numRecords counts receivers only); the engine's BatchGenerated hook has
// the sizes.
import type { RDD } from "../core/rdd/index";
import { ParallelCollectionRDD } from "../core/rdd/index";
import type { StreamingContext } from "../scheduler/StreamingContext";
import { InputDStream } from "./InputDStream";

export class QueueInputDStream<T> extends InputDStream<T> {
  private readonly defaultRDD?: RDD<T>;

  constructor(
    ssc: StreamingContext,
    readonly queue: (readonly T[] | RDD<T>)[],
    readonly oneAtATime = true,
    defaultRDD?: readonly T[] | RDD<T>,
  ) {
    super(ssc, "QueueInputDStream");
    this.defaultRDD = defaultRDD === undefined ? undefined : this.toRDD(defaultRDD);
  }

  private toRDD(batch: readonly T[] | RDD<T>): RDD<T> {
    return Array.isArray(batch) ? this.ssc.sparkContext.parallelize(batch as T[]) : (batch as RDD<T>);
  }

  compute(timeMs: number): RDD<T> {
    const taken = this.oneAtATime ? this.queue.splice(0, 1) : this.queue.splice(0);
    let rdd: RDD<T>;
    if (taken.length === 0) rdd = this.defaultRDD ?? this.ssc.sparkContext.emptyRDD<T>();
    else if (this.oneAtATime) rdd = this.toRDD(taken[0]);
    else rdd = this.ssc.sparkContext.union(taken.map((b) => this.toRDD(b)));
    const size = rdd instanceof ParallelCollectionRDD ? rdd.size : rdd.count();
    this.ssc.inputInfoTracker.observe(timeMs, this.id, size);
    return rdd;
  }
}
