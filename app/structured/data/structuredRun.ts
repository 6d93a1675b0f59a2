// What the page keeps of a Structured Streaming run: one point per trigger for the charts, the plot's
// dots, windows and watermark, the result table of the last triggers and per-record latencies. Pure and
// bounded whatever the run's length: the newest entries win.
import { appendBounded } from "../../store/run/data/appendBounded";
import type { EventTimeWindow, OutputMode, TriggerKind, TriggerReport } from "./protocol";
import { toMs } from "./protocol";
import { type KnownRows, markTrigger, type ResultTableView } from "./resultTable";

export const STRUCTURED_LIMITS = {
  triggers: 300,
  /** Dots on the plot: an SVG of a few hundred circles redraws well inside a frame. */
  dots: 600,
  windows: 48,
  /** Result tables kept, so that the user can look back a few triggers. */
  tables: 20,
  latencies: 600,
} as const;

/** One trigger, as Spark's Structured Streaming UI charts it. */
export interface TriggerPoint {
  batchId: number;
  /** Processing time of the trigger (ms on the run's clock). */
  timestampMs: number;
  numInputRows: number;
  inputRowsPerSecond: number;
  processedRowsPerSecond: number;
  /** durationMs.triggerExecution: Spark's "Batch Duration". */
  batchDurationMs: number;
  durationMs: Record<string, number>;
  /** The watermark in force while this trigger ran (Spark's eventTime.watermark); 0 before any. */
  watermarkMs?: number;
  /** The watermark this trigger computed: in force from the next trigger on. */
  nextWatermarkMs?: number;
  maxEventTimeMs?: number;
  /** Spark's "Global Watermark Gap": the trigger's time minus the watermark. */
  watermarkGapMs?: number;
  stateRowsTotal: number;
  stateRowsUpdated: number;
  rowsDroppedByWatermark: number;
}

export interface PlotDot {
  /** Unique within the run: the key React draws it by. */
  id: number;
  eventTimeMs: number;
  processingTimeMs: number;
  status: "onTime" | "late" | "dropped";
  label?: string;
}

export interface PlotWindow extends EventTimeWindow {
  /** Emitted or evicted: the watermark passed its end. */
  closed: boolean;
  /** Processing time when the window first held rows, and when it closed. */
  openedAtMs: number;
  closedAtMs?: number;
}

export interface LatencyPoint {
  processingTimeMs: number;
  latencyMs: number;
}

export interface StructuredRunData {
  outputMode?: OutputMode;
  trigger?: TriggerKind;
  triggers: TriggerPoint[];
  dots: PlotDot[];
  windows: PlotWindow[];
  tables: ResultTableView[];
  known: KnownRows;
  latencies: LatencyPoint[];
  nextDotId: number;
  /** Input rows marked dropped since the run began (the plot keeps only the newest dots). */
  droppedRows: number;
}

export function initialStructuredRun(): StructuredRunData {
  return {
    triggers: [],
    dots: [],
    windows: [],
    tables: [],
    known: new Map(),
    latencies: [],
    nextDotId: 0,
    droppedRows: 0,
  };
}

export function triggerPoint(report: TriggerReport): TriggerPoint {
  const p = report.progress;
  const timestampMs = toMs(p.timestamp) ?? 0;
  const watermarkMs = report.watermarkMs ?? toMs(p.eventTime?.watermark);
  const sum = (f: (s: TriggerReport["progress"]["stateOperators"][number]) => number) =>
    p.stateOperators.reduce((total, s) => total + f(s), 0);
  return {
    batchId: p.batchId,
    timestampMs,
    numInputRows: p.numInputRows,
    inputRowsPerSecond: p.inputRowsPerSecond,
    processedRowsPerSecond: p.processedRowsPerSecond,
    batchDurationMs: p.durationMs.triggerExecution ?? p.batchDuration ?? 0,
    durationMs: p.durationMs,
    watermarkMs,
    nextWatermarkMs: report.nextWatermarkMs,
    maxEventTimeMs: toMs(p.eventTime?.max),
    // Spark's UI draws the gap only once a watermark exists (it starts at the epoch, 0).
    watermarkGapMs: watermarkMs !== undefined && watermarkMs > 0 ? timestampMs - watermarkMs : undefined,
    stateRowsTotal: sum((s) => s.numRowsTotal),
    stateRowsUpdated: sum((s) => s.numRowsUpdated),
    rowsDroppedByWatermark: sum((s) => s.numRowsDroppedByWatermark),
  };
}

/**
 * Windows after a trigger: the report's windows replace what was held; a window opens when the rows that
 * first fell in it began arriving (`openedMs`: the trigger's read interval's start) and closes at the
 * trigger that emitted or evicted it.
 */
function mergeWindows(
  held: readonly PlotWindow[],
  report: TriggerReport,
  atMs: number,
  openedMs: number,
): PlotWindow[] {
  const byKey = new Map(held.map((w) => [`${w.startMs}:${w.endMs}`, w]));
  for (const w of report.windows) {
    const key = `${w.startMs}:${w.endMs}`;
    const before = byKey.get(key);
    const closed = w.state !== "open";
    byKey.set(key, {
      ...w,
      closed,
      openedAtMs: before?.openedAtMs ?? openedMs,
      closedAtMs: closed ? (before?.closedAtMs ?? atMs) : undefined,
    });
  }
  const all = [...byKey.values()].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  return all.slice(Math.max(0, all.length - STRUCTURED_LIMITS.windows));
}

export function foldTriggerReports(
  data: StructuredRunData,
  reports: readonly TriggerReport[],
): StructuredRunData {
  if (reports.length === 0) return data;
  let { known, nextDotId, droppedRows, windows } = data;
  const points: TriggerPoint[] = [];
  const dots: PlotDot[] = [];
  const tables: ResultTableView[] = [];
  const latencies: LatencyPoint[] = [];
  let outputMode = data.outputMode;
  let trigger = data.trigger;
  for (const report of reports) {
    const point = triggerPoint(report);
    points.push(point);
    outputMode = report.outputMode;
    trigger = report.trigger;
    for (const row of report.inputSample) {
      dots.push({ id: nextDotId++, ...row });
      if (row.status === "dropped") droppedRows++;
    }
    // Rows read by this trigger arrived after the previous one (or, for the first, from its first row).
    const previous = points.at(-2) ?? data.triggers.at(-1);
    const firstArrival = Math.min(point.timestampMs, ...report.inputSample.map((r) => r.processingTimeMs));
    windows = mergeWindows(windows, report, point.timestampMs, previous?.timestampMs ?? firstArrival);
    const marked = markTrigger(known, { ...report, batchId: point.batchId });
    known = marked.known;
    tables.push(marked.view);
    for (const l of report.recordLatencies ?? [])
      latencies.push({ processingTimeMs: l.arrivalMs, latencyMs: l.latencyMs });
  }
  return {
    outputMode,
    trigger,
    known,
    nextDotId,
    droppedRows,
    windows,
    triggers: appendBounded(data.triggers, points, STRUCTURED_LIMITS.triggers),
    dots: appendBounded(data.dots, dots, STRUCTURED_LIMITS.dots),
    tables: appendBounded(data.tables, tables, STRUCTURED_LIMITS.tables),
    latencies: appendBounded(data.latencies, latencies, STRUCTURED_LIMITS.latencies),
  };
}
