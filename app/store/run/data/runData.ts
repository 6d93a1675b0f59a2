// What the page keeps about a run's results: plain data, updated only by `foldWorkerMessages`.
import type { PipelineIssue } from "../../../../engine/graph/types";
import type {
  BatchDetailMessage,
  BatchInfoMessage,
  NodeBatchSummary,
  ReceiverInfoMessage,
  RunState,
  SourceStatus,
} from "../../../../engine/protocol/messages";

/** Bounds: whatever the input rate or run length, the page holds at most this much. */
export const RUN_LIMITS = {
  batches: 300,
  pendingBatches: 100,
  consoleLines: 1000,
  outputs: 500,
  files: 200,
  events: 100,
  defaultRecordsHistory: 10,
  maxRecordsHistory: 100,
  batchDetails: 20,
} as const;

/** A batch's detail as the worker answered: "missing" when it no longer holds that batch. */
export type BatchDetailEntry = BatchDetailMessage | "missing";

export type BatchStatus = "queued" | "processing";

export interface PendingBatch {
  info: BatchInfoMessage;
  status: BatchStatus;
}

export interface ConsoleLine {
  nodeId?: string;
  batchTimeMs?: number;
  text: string;
}

export interface OutputRow {
  nodeId: string;
  batchTimeMs: number;
  records: unknown[];
  truncated: boolean;
}

/** One part file written by saveAsTextFiles (Spark writes `prefix-TIME_IN_MS.suffix`). */
export interface OutputFile {
  path: string;
  nodeId: string;
  batchTimeMs: number;
  lines: string[];
  truncated: boolean;
  /** Lines per part file (part-00000, ...); `lines` are their first lines, all of them unless truncated. */
  parts: number[];
}

export interface NodeError {
  message: string;
  record?: string;
  batchTimeMs?: number;
}

export type RunEventKind = "nodeError" | "error" | "workerRestarted" | "notice";

export interface RunEvent {
  kind: RunEventKind;
  message: string;
  nodeId?: string;
  batchTimeMs?: number;
  /** Page wall-clock time when it happened (for display only). */
  atMs: number;
}

/** Marks the latest completed batch so that the canvas can start its tokens: one wave per batch. */
export interface BatchWave {
  seq: number;
  batchTimeMs: number;
  /** False when the batch came from Step (or arrived while paused): tokens then stand still. */
  whileRunning: boolean;
}

export interface RunData {
  /**
   * The worker's state as it last reported it: data (it stamps each batch wave as run or stepped). The
   * page's own run lifecycle, which the buttons follow, is `runState` (run/lifecycle/runLifecycle.ts).
   */
  workerState: RunState;
  batchTimeMs?: number;
  /** Completed batches, oldest first (Spark's BatchInfo). */
  batches: BatchInfoMessage[];
  /** Submitted or running batches, oldest first. */
  pending: PendingBatch[];
  /** Last N summaries per node, oldest first; N = recordsHistory. */
  nodeHistory: Record<string, NodeBatchSummary[]>;
  recordsHistory: number;
  wave?: BatchWave;
  console: ConsoleLine[];
  outputs: OutputRow[];
  files: OutputFile[];
  nodeErrors: Record<string, NodeError>;
  events: RunEvent[];
  loadIssues: PipelineIssue[];
  lineage: Record<string, string>;
  /** Real sources' and sinks' latest status by node id (connected, reconnecting, received, log). */
  sourceStatuses: Record<string, SourceStatus>;
  /** Bumped at every database sink write, so the Tables tab reloads. */
  tableWrites: number;
  /** Spark's ReceiverInfo per receiver source, as of the latest batch. */
  receivers: ReceiverInfoMessage[];
  /** Batch page details the worker sent, by batch time (the latest few). */
  batchDetails: Record<number, BatchDetailEntry>;
}

export function initialRunData(recordsHistory: number = RUN_LIMITS.defaultRecordsHistory): RunData {
  return {
    workerState: "idle",
    batches: [],
    pending: [],
    nodeHistory: {},
    recordsHistory,
    console: [],
    outputs: [],
    files: [],
    nodeErrors: {},
    events: [],
    loadIssues: [],
    lineage: {},
    sourceStatuses: {},
    tableWrites: 0,
    receivers: [],
    batchDetails: {},
  };
}

/** Clears what a previous run left, keeping the user's settings. */
export function resetForNewRun(data: RunData): RunData {
  return { ...initialRunData(data.recordsHistory), workerState: data.workerState };
}

/** Changes N (the batches kept per node for the records drawer), trimming what is held. */
export function withRecordsHistory(data: RunData, n: number): RunData {
  const recordsHistory = Math.max(1, Math.min(RUN_LIMITS.maxRecordsHistory, Math.round(n)));
  const nodeHistory: RunData["nodeHistory"] = {};
  for (const [id, list] of Object.entries(data.nodeHistory)) nodeHistory[id] = list.slice(-recordsHistory);
  return { ...data, recordsHistory, nodeHistory };
}
