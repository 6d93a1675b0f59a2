// The part of Spark's SparkContext a streaming program touches: parallelize, emptyRDD, union,
// defaultParallelism, the checkpoint directory, and RDD ids.
import { illegalState } from "./errors";
import type { JobListener } from "./jobEvents";
import { EmptyRDD, ParallelCollectionRDD, type RDD, unionOf } from "./rdd/index";
import type { RecoveryObserver } from "./recovery";

export class SparkContext {
  private nextRddId = 0;
  private nextJobId = 0;
  /** >0 while a job runs: an action inside an action (reduce's foreach, first's take) is the same job. */
  private jobDepth = 0;
  /** Spark's SparkContext.setLocalProperty: the streaming scheduler marks each output operation's jobs. */
  readonly localProperties = new Map<string, string>();
  readonly jobListeners: JobListener[] = [];
  private stopped = false;
  checkpointDir?: string;
  /** Called after every partition an RDD computes or reads: a task boundary (the worker reports progress). */
  onPartitionComputed?: () => void;
  /** Set after a simulated executor loss (engine/fault): sees every partition read, to record recomputation. */
  recovery?: RecoveryObserver;

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

  /**
   * Spark's runJob as the listeners see it: `body` computes `partitions` of `rdd`, between a job start
   * and a job end event. Nested calls (an action built on another) and internal reads run as they are.
   */
  runJob<R>(rdd: RDD<any>, callSite: string, partitions: number[], body: () => R): R {
    if (this.jobDepth > 0 || this.jobListeners.length === 0) return this.nested(body);
    const jobId = this.nextJobId++;
    const properties = new Map(this.localProperties);
    for (const l of this.jobListeners) l.onJobStart?.({ jobId, callSite, rdd, partitions, properties });
    let result: R;
    try {
      result = this.nested(body);
    } catch (error) {
      for (const l of this.jobListeners) l.onJobEnd?.({ jobId, error });
      throw error;
    }
    for (const l of this.jobListeners) l.onJobEnd?.({ jobId });
    return result;
  }

  /** Runs `body` as part of the current job (or as engine bookkeeping no listener sees as a job). */
  nested<R>(body: () => R): R {
    this.jobDepth++;
    try {
      return body();
    } finally {
      this.jobDepth--;
    }
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
