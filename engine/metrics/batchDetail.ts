// What Spark's batch page shows about one batch's work: its output operations, the jobs each ran, the
// stages of each job and the RDDs inside them (the DAG). Plain data, bounded, sent to the page on request.

export type RunStatus = "running" | "succeeded" | "failed";
/** Spark's stage states as its job page shows them; "skipped": its shuffle output was already there. */
export type StageStatus = "succeeded" | "failed" | "skipped" | "notRun" | "running";

export interface RddNodeInfo {
  id: number;
  /** Spark's class name, e.g. "MapPartitionsRDD". */
  className: string;
  /** The operation that made it, e.g. "map", "reduceByKey" (Spark's call site). */
  callSite: string;
  numPartitions: number;
  cached: boolean;
  /** Ids of the RDDs it depends on, with whether through a shuffle. */
  parents: { id: number; shuffle: boolean }[];
}

export interface StageInfo {
  stageId: number;
  /** Spark's stage name: the job's call site for the result stage, else its last RDD's. */
  name: string;
  kind: "result" | "shuffleMap";
  numTasks: number;
  status: StageStatus;
  parentStageIds: number[];
  /** Its RDDs, the stage's last RDD first. */
  rddIds: number[];
}

export interface JobInfo {
  jobId: number;
  callSite: string;
  status: RunStatus;
  /** Wall ms the engine spent on the job. */
  durationMs?: number;
  failureReason?: string;
  stages: StageInfo[];
  rdds: RddNodeInfo[];
  /** True when the lineage was larger than what is kept (stages and RDDs past the bound are left out). */
  truncated: boolean;
}

export interface OutputOpDetail {
  id: number;
  /** "print", "foreachRDD", "saveAsTextFiles", ... */
  name: string;
  streamId: number;
  status: RunStatus;
  /** Wall ms the engine spent on the operation. */
  durationMs?: number;
  failureReason?: string;
  jobs: JobInfo[];
  /** Jobs past the bound per operation, counted but not kept. */
  jobsOmitted: number;
}

export interface BatchDetail {
  batchTime: number;
  outputOps: OutputOpDetail[];
}
