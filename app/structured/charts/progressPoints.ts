// Shapes trigger points for the studio's MetricChart (app/charts), which draws one BatchPoint field over
// batch time: each Structured Streaming metric is put in a BatchPoint's `inputRate` slot (and a second one
// in `computeMs`, MetricChart's thinner line), keyed by the trigger's processing time. Pure.
import type { BatchPoint } from "../../charts/chartData";
import type { LatencyPoint, TriggerPoint } from "../data/structuredRun";

export type TriggerMetric =
  | "inputRate"
  | "processRate"
  | "inputRows"
  | "batchDuration"
  | "operationDuration"
  | "watermarkGap"
  | "stateRows"
  | "droppedRows";

/** Phases other than addBatch, summed: MetricChart's second line beside addBatch. */
function otherPhasesMs(t: TriggerPoint): number {
  let sum = 0;
  for (const [phase, ms] of Object.entries(t.durationMs))
    if (phase !== "addBatch" && phase !== "triggerExecution") sum += ms;
  return sum;
}

const value: Record<TriggerMetric, (t: TriggerPoint) => number | undefined> = {
  inputRate: (t) => t.inputRowsPerSecond,
  processRate: (t) => t.processedRowsPerSecond,
  inputRows: (t) => t.numInputRows,
  batchDuration: (t) => t.batchDurationMs,
  operationDuration: (t) => t.durationMs.addBatch,
  watermarkGap: (t) => t.watermarkGapMs,
  stateRows: (t) => t.stateRowsTotal,
  droppedRows: (t) => t.rowsDroppedByWatermark,
};

const second: Partial<Record<TriggerMetric, (t: TriggerPoint) => number>> = {
  operationDuration: otherPhasesMs,
  stateRows: (t) => t.stateRowsUpdated,
};

const DAY_MS = 86_400_000;
/**
 * The x of a trigger: its time of day (UTC), which MetricChart's axis reads as a clock like Spark's UI;
 * a run's simulated clock near 0 stays as it is.
 */
const chartTime = (ms: number) => (ms >= DAY_MS ? ms % DAY_MS : ms);

/** One point per trigger: the metric as `inputRate`, its companion (if any) as `computeMs`. */
export function metricPoints(
  triggers: readonly TriggerPoint[],
  metric: TriggerMetric,
  maxPoints = 120,
): BatchPoint[] {
  return triggers.slice(-maxPoints).map((t) => {
    const v = value[metric](t);
    const companion = second[metric]?.(t);
    // MetricChart skips an undefined value (no watermark yet) and joins the line over it.
    return { batchTimeMs: chartTime(t.timestampMs), inputRate: v as number, computeMs: companion };
  });
}

/** Per-record latencies as points at their processing time (the newest `maxPoints`). */
export function latencyPoints(latencies: readonly LatencyPoint[], maxPoints = 300): BatchPoint[] {
  return latencies
    .slice(-maxPoints)
    .map((l) => ({ batchTimeMs: chartTime(l.processingTimeMs), inputRate: l.latencyMs }));
}

export interface LatencySummary {
  count: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export function latencySummary(latencies: readonly LatencyPoint[]): LatencySummary | undefined {
  if (latencies.length === 0) return undefined;
  const sorted = latencies.map((l) => l.latencyMs).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { count: sorted.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted[sorted.length - 1] };
}
