// What a simulated executor loss did, as plain data (the worker sends it to the page; tests read it).

/** Where a partition read during recovery got its data. */
export type RecoverySource =
  /** computed again from its parents (lineage) */
  | "recomputed"
  /** still cached on a live executor */
  | "cache"
  /** a checkpointed RDD's saved data (lineage cut there) */
  | "checkpoint"
  /** a receiver block the block manager lost, read back from the write-ahead log */
  | "writeAheadLog"
  /** a shuffle's output still held by the live executors */
  | "shuffle"
  /** a receiver block lost without a log: the read failed */
  | "lost";

export interface RecomputeStep {
  rddId: number;
  /** Spark's RDD name, e.g. "ShuffledRDD[12] at reduceByKey". */
  rdd: string;
  split: number;
  /** The DStream whose RDD (at `streamBatchTime`) this RDD belongs to, when known. */
  streamId?: number;
  streamBatchTime?: number;
  /** The RDD whose recomputation read this one (lineage edge child -> this), if any. */
  parentOfRddId?: number;
  source: RecoverySource;
  /** The batch whose jobs did the read. */
  atBatch?: number;
}

export interface LostPartition {
  rddId: number;
  rdd: string;
  split: number;
  streamId?: number;
  streamBatchTime?: number;
}

export interface LostBlock {
  streamId: number;
  blockId: string;
  /** The batch the block belongs to. */
  batchTime: number;
  records: number;
  /** True when the write-ahead log holds it (it will be read back from the log). */
  inWriteAheadLog: boolean;
}

export interface ExecutorLossReport {
  executorId: string;
  /** The executor the cluster manager started in its place (its tasks and receivers go there). */
  replacementId: string;
  /** The batch processing when the executor was lost. */
  batchTime: number;
  /** Before the batch's jobs, or after its first output operation (a batch with several). */
  when: "beforeJobs" | "afterFirstOutputOperation";
  writeAheadLog: boolean;
  lostPartitions: LostPartition[];
  lostBlocks: LostBlock[];
  /** Shuffles whose map outputs on the executor were lost (their map side runs again when read). */
  lostShuffles: number;
  /** Receivers restarted elsewhere: their stream ids. */
  receiversRestarted: number[];
  steps: RecomputeStep[];
  /** More steps happened than the report keeps. */
  stepsTruncated: boolean;
  /** Why the batch hit failed, if it did (e.g. Spark's "Could not compute split, block ... not found"). */
  failure?: string;
}

/** What the page shows of the fault model (the worker sends it as `{ type: "faultStatus" }`). */
export interface FaultStatus {
  /** The simulated cluster's executors now (a lost one is replaced by a new id). */
  executors: string[];
  /** Each receiver source's executor now. */
  receivers: { nodeId: string; executorId: string }[];
  writeAheadLog: boolean;
  checkpointing: boolean;
  /** An executor whose loss waits for the next batch. */
  pending?: string;
  /** The last loss, with stream ids mapped to the document's nodes. */
  report?: ExecutorLossReport & { nodeOfStream: Record<number, string> };
  /** From the batch hit on: the run's outputs against the same pipeline's run without the fault. */
  comparison: import("./outputLog").BatchComparison[];
}
