// Spark's SparkListener job events, as far as the engine has them: an action on an RDD is one job (take
// may be several, as Spark's is). The streaming scheduler sets local properties around each output
// operation (Spark's "spark.streaming.internal.batchTime" and "...outputOpId"), so a listener can tell
// which batch and output operation a job belongs to.
import type { RDD } from "./rdd/RDD";

export const BATCH_TIME_PROPERTY = "spark.streaming.internal.batchTime";
export const OUTPUT_OP_ID_PROPERTY = "spark.streaming.internal.outputOpId";

export interface JobStart {
  jobId: number;
  /** The action that ran the job, e.g. "take", "collect" (Spark's call site short form). */
  callSite: string;
  /** The RDD the action ran on: the job's final RDD (its lineage gives the stages). */
  rdd: RDD<unknown>;
  /** Partitions of the final RDD the job computes (Spark's runJob `partitions`). */
  partitions: number[];
  /** A copy of the context's local properties when the job was submitted. */
  properties: ReadonlyMap<string, string>;
}

export interface JobEnd {
  jobId: number;
  /** The error that failed the job, if one did. */
  error?: unknown;
}

export interface JobListener {
  onJobStart?(job: JobStart): void;
  onJobEnd?(job: JobEnd): void;
}
