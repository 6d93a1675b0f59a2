// What a Structured Streaming run tells the page, as the app reads it. Field names are Spark's
// (StreamingQueryProgress, StateOperatorProgress); the engine's worker protocol is the source of these
// shapes, and this module is the one place the app adapts to it.

export type OutputMode = "append" | "update" | "complete";
export type TriggerKind = "processingTime" | "availableNow" | "once" | "continuous";

/** Spark's StateOperatorProgress (the fields the UI draws). */
export interface StateOperatorProgress {
  operatorName: string;
  numRowsTotal: number;
  numRowsUpdated: number;
  numRowsRemoved?: number;
  numRowsDroppedByWatermark: number;
  memoryUsedBytes?: number;
}

/**
 * Spark's StreamingQueryProgress. Spark writes eventTime's values as ISO-8601 text
 * ("2016-12-14T18:45:24.873Z"); the engine may send milliseconds: `toMs` reads both.
 */
export interface StreamingQueryProgress {
  id: string;
  runId: string;
  name?: string | null;
  timestamp: string | number;
  batchId: number;
  batchDuration?: number;
  numInputRows: number;
  inputRowsPerSecond: number;
  processedRowsPerSecond: number;
  /** Per phase: addBatch, getBatch, latestOffset, queryPlanning, triggerExecution, walCommit, commitOffsets. */
  durationMs: Record<string, number>;
  eventTime?: {
    avg?: string | number;
    max?: string | number;
    min?: string | number;
    watermark?: string | number;
  };
  stateOperators: StateOperatorProgress[];
  sink?: { description: string; numOutputRows?: number };
}

/** One input row as it arrived: when it happened (event time), when it came (processing time). */
export interface InputRowSample {
  eventTimeMs: number;
  processingTimeMs: number;
  /**
   * "late": behind an event time seen before it, but not behind the watermark, so it still counts;
   * "dropped": behind the watermark in force at a stateful operator (numRowsDroppedByWatermark).
   */
  status: "onTime" | "late" | "dropped";
  /** A short text of the row (its value), for the dot's tooltip. */
  label?: string;
}

/**
 * An event-time window: "open" while in state; "emitted" when append mode wrote it out this trigger;
 * "evicted" when the watermark passed its end this trigger.
 */
export interface EventTimeWindow {
  startMs: number;
  endMs: number;
  /** Rows aggregated into it so far. */
  rows: number;
  state: "open" | "emitted" | "evicted";
}

export type ResultRow = Record<string, unknown>;

/** What one trigger (a micro-batch, or an epoch in continuous mode) produced. */
export interface TriggerReport {
  progress: StreamingQueryProgress;
  /** The watermark in force during this trigger, and the one it computed for the next (epoch ms, 0: none yet). */
  watermarkMs: number;
  nextWatermarkMs: number;
  outputMode: OutputMode;
  trigger: TriggerKind;
  /** The result table's columns, in order; `keyColumns` identify a row across triggers (update/complete). */
  columns: string[];
  keyColumns: string[];
  /** The rows the sink received in this trigger, as the output mode defines them. */
  rows: ResultRow[];
  /** True when the engine sent fewer rows than there were. */
  truncated: boolean;
  /** A bounded sample of this trigger's input rows. */
  inputSample: InputRowSample[];
  /** Windows holding state after the trigger, and those closed by it. */
  windows: EventTimeWindow[];
  /** Continuous mode: each sampled record's arrival and latency from arrival to sink, in ms. */
  recordLatencies?: { arrivalMs: number; latencyMs: number }[];
}

/** Reads a Spark timestamp (ISO text or ms); undefined when absent or unreadable. */
export function toMs(value: string | number | undefined | null): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}
