// Spark's ReducedWindowedDStream: reduceByKeyAndWindow with an inverse function. Each window's value is
// the previous window's value, minus (invReduce) the batches that left, plus (reduce) the batches that
// came in. A key whose values all left stays with the "zero" value (0 for sums) unless filterFunc drops it.
//
//    _____________________________
//   |  previous window   _________|___________________
//   |___________________|       current window        |  --------------> time
//                       |_____________________________|
//   |________ _________|          |________ _________|
//            |                             |
//         old RDDs                     new RDDs
import { DStream } from "../core/DStream";
import { requireThat } from "../core/errors";
import { CoGroupedRDD, type RDD } from "../core/rdd/index";
import { formatMs, isMultipleOf } from "../core/time";
import { type MergeScratch, ReducedWindowMergeRDD } from "./ReducedWindowMergeRDD";
import { checkpointAt } from "./ReliableCheckpointRDD";
import { type HoldsWindow, lastSlideTime, windowBatchTimes } from "./windowTimes";

export class ReducedWindowedDStream<K, V> extends DStream<[K, V]> implements HoldsWindow {
  /** Each batch reduced by key first; windows combine these per-batch values. */
  private readonly reducedStream: DStream<[K, V]>;
  /** Each partition's merge tables, reused from window to window. */
  private readonly mergeScratch: MergeScratch<unknown, V>[] = [];

  constructor(
    readonly parent: DStream<[K, V]>,
    private readonly reduceFunc: (a: V, b: V) => V,
    private readonly invReduceFunc: (a: V, b: V) => V,
    private readonly filterFunc: ((pair: [K, V]) => boolean) | undefined,
    readonly windowDuration: number,
    private readonly slide: number,
    readonly numPartitions: number,
  ) {
    super(parent.ssc, "ReducedWindowedDStream");
    const parentSlide = formatMs(parent.slideDuration);
    requireThat(
      isMultipleOf(windowDuration, parent.slideDuration),
      () =>
        `The window duration of ReducedWindowedDStream (${formatMs(windowDuration)}) must be multiple of the slide duration of parent DStream (${parentSlide})`,
    );
    requireThat(
      isMultipleOf(slide, parent.slideDuration),
      () =>
        `The slide duration of ReducedWindowedDStream (${formatMs(slide)}) must be multiple of the slide duration of parent DStream (${parentSlide})`,
    );
    this.reducedStream = parent.reduceByKey(reduceFunc, numPartitions);
    this.mustCheckpoint = true;
    // Both are read again by later windows: keep them.
    this.reducedStream.persist();
    this.persist();
  }

  get dependencies(): readonly DStream<any>[] {
    return [this.reducedStream];
  }

  get slideDuration(): number {
    return this.slide;
  }

  override get parentRememberDuration(): number | undefined {
    return this.rememberDuration === undefined ? undefined : this.rememberDuration + this.windowDuration;
  }

  compute(timeMs: number): RDD<[K, V]> {
    const p = this.parent.slideDuration;
    const currentBegin = timeMs - this.windowDuration + p;
    const previousBegin = currentBegin - this.slide;
    const previousEnd = timeMs - this.slide;
    const oldRDDs = this.reducedStream.slice(previousBegin, currentBegin - p);
    const newRDDs = this.reducedStream.slice(previousEnd + p, timeMs);
    const previousWindowRDD = this.getOrCompute(previousEnd) ?? this.ssc.sparkContext.emptyRDD<[K, V]>();
    const cogrouped = new CoGroupedRDD<K>([previousWindowRDD, ...oldRDDs, ...newRDDs], this.numPartitions);
    // Spark: cogroupedRDD.mapValues(mergeValues), which keeps the partitioner
    const merged = new ReducedWindowMergeRDD<K, V>(cogrouped, {
      reduceFunc: this.reduceFunc,
      invReduceFunc: this.invReduceFunc,
      numOld: oldRDDs.length,
      scratch: this.mergeScratch,
    });
    return checkpointAt(this, timeMs, this.filterFunc ? merged.filter(this.filterFunc) : merged);
  }

  windowBatchTimes(timeMs: number): number[] {
    const t = lastSlideTime(this, timeMs);
    if (t === undefined) return [];
    return windowBatchTimes(this.zeroTime!, this.parent.slideDuration, this.windowDuration, t);
  }
}
