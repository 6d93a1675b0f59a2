// The part of Spark's SparkContext a streaming program touches: parallelize, emptyRDD, union,
// defaultParallelism, the checkpoint directory, and RDD ids.
import { illegalState } from "./errors";
import { EmptyRDD, ParallelCollectionRDD, type RDD, unionOf } from "./rdd/index";

export class SparkContext {
  private nextRddId = 0;
  private stopped = false;
  checkpointDir?: string;
  /** Called after every partition an RDD computes or reads: a task boundary (the worker reports progress). */
  onPartitionComputed?: () => void;

  constructor(readonly defaultParallelism: number) {
    if (!Number.isInteger(defaultParallelism) || defaultParallelism < 1) {
      throw new Error(
        `requirement failed: defaultParallelism must be a positive integer, got ${defaultParallelism}`,
      );
    }
  }

  newRddId(): number {
    return this.nextRddId++;
  }

  /** Spark's SparkContext.stop: every later call, and every job over its RDDs, fails. */
  stop(): void {
    this.stopped = true;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** Spark's assertNotStopped (the first line of its IllegalStateException). */
  assertNotStopped(): void {
    if (this.stopped) throw illegalState("Cannot call methods on a stopped SparkContext.");
  }

  parallelize<T>(data: readonly T[], numSlices = this.defaultParallelism): RDD<T> {
    this.assertNotStopped();
    return new ParallelCollectionRDD(this, data, numSlices);
  }

  makeRDD<T>(data: readonly T[], numSlices = this.defaultParallelism): RDD<T> {
    this.assertNotStopped();
    return new ParallelCollectionRDD(this, data, numSlices, "makeRDD");
  }

  emptyRDD<T>(): RDD<T> {
    this.assertNotStopped();
    return new EmptyRDD<T>(this);
  }

  /** Spark's union: empty RDDs dropped; a PartitionerAwareUnionRDD when all share one partitioner. */
  union<T>(rdds: readonly RDD<T>[]): RDD<T> {
    this.assertNotStopped();
    return unionOf(this, rdds);
  }

  setCheckpointDir(dir: string): void {
    this.checkpointDir = dir;
  }
}
