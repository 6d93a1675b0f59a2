// The worker's messages for a Structured Streaming query (a pipeline of mode "structured"). The page
// drives it with the same ToWorker messages as a DStream run (load, start, pause, resume, step = one
// trigger, stop, setSpeed). Everything that crosses is bounded (see STRUCTURED_LIMITS). Field names
// inside `progress` are Spark's StreamingQueryProgress JSON, so a student can hold them next to Spark's.
import type { SqlType } from "../structured/sql/ast";

export type { SqlType } from "../structured/sql/ast";

/** How many items each bounded list carries at most. */
export const STRUCTURED_LIMITS = {
  /** Result rows per trigger (the console sink's numRows still decides what it prints). */
  resultRows: 200,
  /** Input rows sampled per trigger for the event-time plot. */
  inputSample: 500,
  /** Event-time windows reported per trigger (the newest ones). */
  windows: 200,
  /** Continuous mode: records with their latency per epoch. */
  latencies: 500,
} as const;

export type OutputMode = "append" | "update" | "complete";
export type TriggerKind = "processingTime" | "once" | "availableNow" | "continuous";

export interface ColumnInfo {
  name: string;
  type: SqlType;
}

/**
 * A cell: string, number (BIGINT/INT/DOUBLE; TIMESTAMP as epoch ms), boolean, null, a window
 * {start, end} (epoch ms), or an array (split's result).
 */
export type SqlValue = string | number | boolean | null | { start: number; end: number } | SqlValue[];

/** Spark's StateOperatorProgress. */
export interface StateOperatorProgress {
  operatorName: string;
  numRowsTotal: number;
  numRowsUpdated: number;
  allUpdatesTimeMs: number;
  numRowsRemoved: number;
  allRemovalsTimeMs: number;
  commitTimeMs: number;
  memoryUsedBytes: number;
  numRowsDroppedByWatermark: number;
  numShufflePartitions: number;
  numStateStoreInstances: number;
  customMetrics: Record<string, number>;
}

/** Spark's SourceProgress (offsets as Spark's JSON: a number, or an object per source type). */
export interface SourceProgress {
  description: string;
  startOffset: unknown;
  endOffset: unknown;
  latestOffset: unknown;
  numInputRows: number;
  inputRowsPerSecond: number;
  processedRowsPerSecond: number;
  metrics: Record<string, string>;
}

/** Spark's SinkProgress. */
export interface SinkProgress {
  description: string;
  numOutputRows: number;
  metrics: Record<string, string>;
}

/**
 * Spark's StreamingQueryProgress, one per trigger. Times are the simulated clock's; `timestamp` and the
 * `eventTime` values are ISO-8601 strings in UTC as Spark prints them ("2026-12-02T12:07:00.000Z").
 * `durationMs` phases as Spark's micro-batch: latestOffset, getBatch, queryPlanning, addBatch, walCommit,
 * triggerExecution (the whole trigger). `eventTime` is empty when the query has no watermark and no
 * event-time column.
 */
export interface StreamingQueryProgress {
  id: string;
  runId: string;
  name: string | null;
  timestamp: string;
  batchId: number;
  batchDuration: number;
  numInputRows: number;
  inputRowsPerSecond: number;
  processedRowsPerSecond: number;
  durationMs: {
    addBatch?: number;
    getBatch?: number;
    latestOffset?: number;
    queryPlanning?: number;
    triggerExecution: number;
    walCommit?: number;
    commitOffsets?: number;
  };
  eventTime: { avg?: string; max?: string; min?: string; watermark?: string };
  stateOperators: StateOperatorProgress[];
  sources: SourceProgress[];
  sink: SinkProgress;
}

/** The rows a trigger emitted to the sink, as its output mode defines them. */
export interface TriggerResult {
  outputMode: OutputMode;
  columns: ColumnInfo[];
  /** append: the new rows; update: the rows changed by this trigger; complete: the whole result table. */
  rows: SqlValue[][];
  /** Rows emitted in all (rows holds at most STRUCTURED_LIMITS.resultRows). */
  numRows: number;
  truncated: boolean;
  /**
   * complete mode: indexes into `rows` of the rows this trigger changed (for highlighting); update mode:
   * every row is a change, append mode: every row is new.
   */
  changed?: number[];
}

/**
 * One input row, for the event-time / processing-time plot. `status`: "onTime" — at or after the
 * watermark in force; "late" — its event time is behind the maximum seen before it but not behind the
 * watermark, so it still counts; "dropped" — behind the watermark in force at a stateful operator
 * (Spark's numRowsDroppedByWatermark). Without a watermark every row is "onTime" or "late".
 */
export interface InputRowSample {
  sourceNodeId: string;
  /** Simulated processing time the row arrived at (epoch ms). */
  arrivalMs: number;
  /** The batch that read it (its trigger time is the progress' timestamp). */
  batchId: number;
  /** The row's event time (epoch ms), when the query has a watermark or an event-time window column. */
  eventTimeMs?: number;
  status: "onTime" | "late" | "dropped";
  values: SqlValue[];
}

/** An event-time window of a windowed aggregation, with its count after the trigger. */
export interface WindowState {
  /** The groupBy node. */
  nodeId: string;
  start: number;
  end: number;
  /** The grouping keys other than the window (as printed), one entry per group in the window. */
  groups: { key: SqlValue[]; count: number }[];
  /** Rows counted in the window (all groups). */
  count: number;
  /** "open": in state; "emitted": append mode emitted it this trigger; "evicted": the watermark passed its end this trigger. */
  state: "open" | "emitted" | "evicted";
}

/** Continuous mode: one record through the query, with its latency. */
export interface RecordLatency {
  arrivalMs: number;
  outputMs: number;
  latencyMs: number;
  values: SqlValue[];
}

/** Once per query, at start. */
export interface StructuredQueryStarted {
  type: "structuredQueryStarted";
  /** The writeStream node. */
  nodeId: string;
  id: string;
  runId: string;
  name: string | null;
  outputMode: OutputMode;
  trigger: TriggerKind;
  /** The trigger interval (processingTime), or the checkpoint interval (continuous). */
  intervalMs: number;
  columns: ColumnInfo[];
  /** The event-time column and delay, when the query has a watermark. */
  watermark?: { column: string; delayMs: number };
  /** The windowed aggregation's length and slide, when there is one. */
  window?: { nodeId: string; column: string; lengthMs: number; slideMs: number };
}

/** Once per trigger (micro-batch) or epoch (continuous). */
export interface StructuredTrigger {
  type: "structuredTrigger";
  nodeId: string;
  progress: StreamingQueryProgress;
  /** The watermark in force during this batch (epoch ms; 0 before any event time: Spark's start). */
  watermarkMs: number;
  /** The watermark computed at the end of this batch, in force from the next one. */
  nextWatermarkMs: number;
  /** True for a batch Spark runs without new data, to move the watermark and evict state. */
  noDataBatch: boolean;
  result: TriggerResult;
  input: InputRowSample[];
  /** True when `input` holds fewer rows than the batch read. */
  inputTruncated: boolean;
  windows: WindowState[];
  /** The console sink's lines for this trigger (Spark's "Batch: N" table), when the sink is console. */
  console?: string[];
  /** Continuous mode: per-record latency. */
  latencies?: RecordLatency[];
}

/** The query stopped: by stop(), at the end of once / availableNow, or by an error (Spark's message). */
export interface StructuredQueryTerminated {
  type: "structuredQueryTerminated";
  nodeId: string;
  id: string;
  runId: string;
  exception?: string;
}

export type StructuredFromWorker = StructuredQueryStarted | StructuredTrigger | StructuredQueryTerminated;

const STRUCTURED_TYPES = new Set<string>([
  "structuredQueryStarted",
  "structuredTrigger",
  "structuredQueryTerminated",
]);

export function isStructuredMessage(m: { type: string }): m is StructuredFromWorker {
  return STRUCTURED_TYPES.has(m.type);
}
