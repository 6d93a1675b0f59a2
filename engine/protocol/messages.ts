// The one message protocol between the page and the engine worker. Both sides switch on `type`
// exhaustively. Everything that crosses is bounded: counts and samples, never every record.
import type { PipelineDocument, PipelineIssue } from "../graph/types";
import type { DbRow } from "../sinks/db/DatabaseSink";
import type { SourceStatus } from "../sources/net/SourceStatus";

export type { DbRow, SourceStatus };

import type { FaultStatus } from "../fault/report";
import type { BatchDetail, OutputOpDetail } from "../metrics/batchDetail";

export type { BatchComparison } from "../fault/outputLog";
export type { ExecutorLossReport, FaultStatus, RecomputeStep, RecoverySource } from "../fault/report";

export type {
  JobInfo,
  RddNodeInfo,
  RunStatus as OpStatus,
  StageInfo,
  StageStatus,
} from "../metrics/batchDetail";

import type { LessonEvent, LifecycleCall } from "./lessonEvents";

export type Speed = number | "max"; // multiples of real time: 0.1 .. 10, or as fast as possible

/** Page -> worker. */
export type ToWorker =
  | { type: "load"; pipeline: PipelineDocument; requestId?: number }
  | { type: "start" }
  | { type: "pause" }
  | { type: "resume" }
  | { type: "step" } // run exactly one batch
  | { type: "stop"; stopGracefully?: boolean }
  | { type: "setSpeed"; speed: Speed }
  | { type: "setInputRate"; nodeId: string; recordsPerSecond: number }
  | { type: "setBackpressure"; enabled: boolean }
  | { type: "setSampleSize"; records: number }
  | { type: "injectFault"; fault: Fault }
  | { type: "getLineage"; nodeId: string; batchTimeMs?: number; requestId: number }
  /** Spark's batch page: the output operations, jobs, stages and DAG of one batch the worker still holds. */
  | { type: "getBatchDetail"; batchTimeMs: number; requestId: number }
  /** A StreamingContext call on the loaded pipeline's context (the lifecycle lesson). */
  | { type: "lifecycle"; call: LifecycleCall }
  | { type: "ping"; requestId: number }
  /** Files dropped on (or picked for) a textFileStream node: new files of its directory, next batch. */
  | { type: "addFiles"; nodeId: string; files: { name: string; text: string }[] };

export type Fault =
  | { kind: "slowBatch"; extraMs: number } // the next batch takes longer
  | { kind: "failNode"; nodeId: string } // the node's next task throws
  | { kind: "dropReceiver"; nodeId: string; batches: number }
  /** Simulated: the executor is lost while the next batch processes (engine/fault). */
  | { kind: "loseExecutor"; executorId: string };

export type RunState = "idle" | "loaded" | "running" | "paused" | "stopped" | "error";

/** Spark's BatchInfo, times in ms (simulated clock). */
export interface BatchInfoMessage {
  batchTimeMs: number;
  numRecords: number;
  submissionTimeMs: number;
  processingStartTimeMs?: number;
  processingEndTimeMs?: number;
  schedulingDelayMs?: number;
  processingDelayMs?: number;
  totalDelayMs?: number;
  /** Wall-clock time the engine really spent computing the batch. */
  measuredComputeMs?: number;
  /** Input records per source node (every source, queueStream's too). */
  inputByNode?: Record<string, number>;
  /** Records every source brought into the batch; numRecords is Spark's (receivers only). */
  inputRecords?: number;
  /** Output operations (jobs) of the batch. */
  numOutputOps?: number;
  /** Why the batch failed, if it did. */
  failureReason?: string;
  /**
   * A batch time Spark drops for having no jobs (between a window's slides): no listener sees it, and the
   * page charts it and moves its tokens but lists no batch.
   */
  withoutJobs?: boolean;
}

/** What one node produced for one batch, bounded. */
export interface NodeBatchSummary {
  nodeId: string;
  batchTimeMs: number;
  count: number;
  partitionCounts: number[];
  /** Up to the sample size, per partition, as plain JSON-safe values. */
  sample: unknown[][];
  /** True when the sample holds fewer records than the RDD. */
  truncated: boolean;
  /** For pair streams: the top keys and their counts/values (bounded). */
  keyCounts?: [string, number][];
  /** Window nodes: the batch times inside the current window. State nodes: the number of keys held. */
  windowBatches?: number[];
  stateSize?: number;
  /** False when this node produced no RDD at this time (e.g. a window between slides). */
  computed: boolean;
}

/** One output operation of a batch, with the document node it comes from. */
export interface OutputOpMessage extends OutputOpDetail {
  nodeId?: string;
}

export interface BatchDetailMessage extends Omit<BatchDetail, "outputOps"> {
  outputOps: OutputOpMessage[];
}

/** Spark's ReceiverInfo for one receiver source, as of the batch it comes with. */
export interface ReceiverInfoMessage {
  nodeId: string;
  streamId: number;
  /** False while the receiver is down (stopped, or a simulated failure). */
  active: boolean;
  /** The (simulated) executor it runs on, spread over the cluster's executors as Spark's scheduling does. */
  executorId: string;
  lastErrorMessage?: string;
  lastError?: string;
  /** Batch time (simulated clock) at which the last error was first seen. */
  lastErrorTimeMs?: number;
}

/** Worker -> page. */
export type FromWorker =
  | { type: "ready" }
  | { type: "loaded"; requestId?: number; issues: PipelineIssue[] }
  | { type: "state"; state: RunState; batchTimeMs?: number }
  | { type: "batchSubmitted"; info: BatchInfoMessage }
  | { type: "batchStarted"; info: BatchInfoMessage }
  | {
      type: "batchCompleted";
      info: BatchInfoMessage;
      nodes: NodeBatchSummary[];
      /** Every receiver source's state after the batch (bounded by the document's sources). */
      receivers?: ReceiverInfoMessage[];
    }
  | { type: "log"; nodeId?: string; batchTimeMs?: number; lines: string[] }
  | {
      type: "output";
      nodeId: string;
      batchTimeMs: number;
      kind: "foreachRDD" | "saveAsTextFiles";
      records: unknown[];
      path?: string;
      truncated: boolean;
      /** saveAsTextFiles: lines per partition (part-00000, part-00001, ...), of which `records` are the first. */
      parts?: number[];
    }
  | { type: "nodeError"; nodeId: string; message: string; record?: string; batchTimeMs?: number }
  | { type: "error"; message: string }
  | {
      type: "heartbeat";
      atMs: number;
      runningNodeId?: string;
      /** Wall ms the last batch took to compute: the page's watchdog allows a few times that. */
      lastBatchMs?: number;
      /** Longest wall ms between two task boundaries so far: the page's watchdog allows a few times that. */
      longestTaskMs?: number;
      /** Partitions computed in the current batch so far (sent from inside a batch, at task boundaries). */
      tasksDone?: number;
    }
  | { type: "lineage"; requestId: number; nodeId: string; text: string }
  /** No detail: the batch is older than the worker keeps, or had no jobs. */
  | { type: "batchDetail"; requestId: number; batchTimeMs: number; detail?: BatchDetailMessage }
  | { type: "pong"; requestId: number }
  | { type: "lessonEvent"; event: LessonEvent }
  /** The fault model: executors, the last executor loss and the comparison with the run without it. */
  | { type: "faultStatus"; status: FaultStatus }
  /** A real source's or sink's connection state, counts and log (on every change, and after each batch). */
  | { type: "sourceStatus"; nodeId: string; status: SourceStatus }
  /** A database sink's batch: the page writes it to IndexedDB, replacing that batch time's rows. */
  | { type: "tableWrite"; nodeId: string; table: string; batchTimeMs: number; rows: DbRow[] };
