// Spark's ShuffledDStream: combineByKey on every RDD, hash-partitioned into numPartitions
// (default: the context's default parallelism), combining map-side first. reduceByKey and groupByKey
// are combineByKey with Spark's combiners, as in PairDStreamFunctions.
import { DStream } from "../core/DStream";
import { type Aggregator, type RDD, ShuffledRDD } from "../core/rdd/index";
import { appendAll, arrayBuffer } from "../core/scalaBuffers";

export class ShuffledDStream<K, V, C> extends DStream<[K, C]> {
  constructor(
    readonly parent: DStream<[K, V]>,
    private readonly aggregator: Aggregator<V, C>,
    readonly numPartitions: number,
    /** The method the user called, shown in RDD lineage ("reduceByKey", "groupByKey", ...). */
    private readonly op = "combineByKey",
  ) {
    super(parent.ssc, "ShuffledDStream");
  }

  get dependencies(): readonly DStream<any>[] {
    return [this.parent];
  }

  get slideDuration(): number {
    return this.parent.slideDuration;
  }

  compute(timeMs: number): RDD<[K, C]> | undefined {
    const rdd = this.parent.getOrCompute(timeMs);
    return rdd && new ShuffledRDD(rdd, this.numPartitions, this.op, this.aggregator);
  }
}

declare module "../core/DStream" {
  interface FluentMethods<T> {
    combineByKey<K, V, C>(
      this: DStream<[K, V]>,
      createCombiner: (v: V) => C,
      mergeValue: (c: C, v: V) => C,
      mergeCombiner: (a: C, b: C) => C,
      numPartitions?: number,
    ): DStream<[K, C]>;
    reduceByKey<K, V>(
      this: DStream<[K, V]>,
      reduceFunc: (a: V, b: V) => V,
      numPartitions?: number,
    ): DStream<[K, V]>;
    groupByKey<K, V>(this: DStream<[K, V]>, numPartitions?: number): DStream<[K, V[]]>;
  }
}

const partitions = (s: DStream<any>, n?: number) => n ?? s.ssc.sparkContext.defaultParallelism;

export function combineByKeyMethod<K, V, C>(
  this: DStream<[K, V]>,
  createCombiner: (v: V) => C,
  mergeValue: (c: C, v: V) => C,
  mergeCombiners: (a: C, b: C) => C,
  numPartitions?: number,
): DStream<[K, C]> {
  const agg = { createCombiner, mergeValue, mergeCombiners };
  return new ShuffledDStream(this, agg, partitions(this, numPartitions));
}

export function reduceByKeyMethod<K, V>(
  this: DStream<[K, V]>,
  reduceFunc: (a: V, b: V) => V,
  numPartitions?: number,
): DStream<[K, V]> {
  const agg = { createCombiner: (v: V) => v, mergeValue: reduceFunc, mergeCombiners: reduceFunc };
  return new ShuffledDStream(this, agg, partitions(this, numPartitions), "reduceByKey");
}

export function groupByKeyMethod<K, V>(this: DStream<[K, V]>, numPartitions?: number): DStream<[K, V[]]> {
  // PairDStreamFunctions.groupByKey groups into ArrayBuffers (not RDD groupByKey's CompactBuffers),
  // so Spark prints (a,ArrayBuffer(1, 2)). Merging in place is safe: each combiner is this shuffle's own.
  const agg = {
    createCombiner: (v: V) => arrayBuffer([v]),
    mergeValue: (c: V[], v: V) => {
      c.push(v);
      return c;
    },
    mergeCombiners: appendAll<V>,
  };
  return new ShuffledDStream(this, agg, partitions(this, numPartitions), "groupByKey");
}
