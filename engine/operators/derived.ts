// Operators Spark builds from others instead of classes of their own (DStream.scala):
//   count        = map(_ => (null, 1)).transform(_.union(makeRDD(Seq((null, 0)), 1))).reduceByKey(_ + _).map(_._2)
//                  so an empty batch counts one record, 0
//   countByValue = map((_, 1)).reduceByKey(_ + _, numPartitions)
//   reduce       = map((null, _)).reduceByKey(f, 1).map(_._2)   (an empty batch gives an empty RDD)
//   repartition  = transform(_.repartition(numPartitions))
import type { DStream } from "../core/DStream";

declare module "../core/DStream" {
  interface FluentMethods<T> {
    count(): DStream<number>;
    countByValue(numPartitions?: number): DStream<[T, number]>;
    reduce(reduceFunc: (a: T, b: T) => T): DStream<T>;
    repartition(numPartitions: number): DStream<T>;
  }
}

export function countMethod(this: DStream<any>): DStream<number> {
  const sc = this.ssc.sparkContext;
  return this.map((): [null, number] => [null, 1])
    .transform((rdd) => rdd.union(sc.makeRDD<[null, number]>([[null, 0]], 1)))
    .reduceByKey((a, b) => a + b)
    .map((pair) => pair[1]);
}

export function countByValueMethod<T>(this: DStream<T>, numPartitions?: number): DStream<[T, number]> {
  return this.map((t): [T, number] => [t, 1]).reduceByKey((a, b) => a + b, numPartitions);
}

export function reduceMethod<T>(this: DStream<T>, reduceFunc: (a: T, b: T) => T): DStream<T> {
  return this.map((t): [null, T] => [null, t])
    .reduceByKey(reduceFunc, 1)
    .map((pair) => pair[1]);
}

export function repartitionMethod<T>(this: DStream<T>, numPartitions: number): DStream<T> {
  return this.transform((rdd) => rdd.repartition(numPartitions));
}
