// Spark's PairDStreamFunctions joins and cogroup: transformWith over both streams' RDDs at each batch
// time, then the RDD operation with a hash partitioner (default parallelism unless numPartitions).
// None is `undefined`: leftOuterJoin gives [k, [v, w | undefined]], cogroup [k, [V[], W[]]]; the outer joins'
// value tuples are marked so they print with Spark's Options, `(a,(1,Some(x)))` (see core/scalaBuffers.ts).
import type { DStream } from "../core/DStream";
import type { RDD } from "../core/rdd/index";
import { TransformedDStream } from "./TransformedDStream";

declare module "../core/DStream" {
  interface FluentMethods<T> {
    cogroup<K, V, W>(
      this: DStream<[K, V]>,
      other: DStream<[K, W]>,
      numPartitions?: number,
    ): DStream<[K, [V[], W[]]]>;
    join<K, V, W>(
      this: DStream<[K, V]>,
      other: DStream<[K, W]>,
      numPartitions?: number,
    ): DStream<[K, [V, W]]>;
    leftOuterJoin<K, V, W>(
      this: DStream<[K, V]>,
      other: DStream<[K, W]>,
      numPartitions?: number,
    ): DStream<[K, [V, W | undefined]]>;
    rightOuterJoin<K, V, W>(
      this: DStream<[K, V]>,
      other: DStream<[K, W]>,
      numPartitions?: number,
    ): DStream<[K, [V | undefined, W]]>;
    fullOuterJoin<K, V, W>(
      this: DStream<[K, V]>,
      other: DStream<[K, W]>,
      numPartitions?: number,
    ): DStream<[K, [V | undefined, W | undefined]]>;
  }
}

type PairOp = "cogroup" | "join" | "leftOuterJoin" | "rightOuterJoin" | "fullOuterJoin";

/** `this.<op>(other, [numPartitions])`: a TransformedDStream joining both batches' RDDs by key. */
function pairOp(op: PairOp) {
  return function (this: DStream<any>, other: DStream<any>, numPartitions?: number): DStream<any> {
    const n = numPartitions ?? this.ssc.sparkContext.defaultParallelism;
    return new TransformedDStream([this, other], (rdds: RDD<any>[]) => (rdds[0] as any)[op](rdds[1], n));
  };
}

export const joinMethods = {
  cogroup: pairOp("cogroup"),
  join: pairOp("join"),
  leftOuterJoin: pairOp("leftOuterJoin"),
  rightOuterJoin: pairOp("rightOuterJoin"),
  fullOuterJoin: pairOp("fullOuterJoin"),
} satisfies Record<PairOp, unknown>;
