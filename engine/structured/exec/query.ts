// A running streaming query (Spark's StreamingQuery over MicroBatchExecution, or ContinuousExecution):
// each `tick(timeMs)` is one trigger of the simulated clock. A micro-batch runs when some source has
// new data, or, without new data, when the watermark moved and a stateful operator would evict state
// (Spark's no-data batch); otherwise the trigger is idle and no batchId is used.
//
// Watermarks as Spark 3.5 computes them (WatermarkTracker, PropagateWatermarkSimulator):
//   after batch b: per withWatermark operator with rows, wm_i = max(wm_i, maxEventTime_i - delay_i)
//                  (an operator that never saw rows counts as 0); global = max(global, min_i wm_i)
//   batch b + 1 evicts state with the global watermark of its start, and drops late rows with the
//   watermark of batch b (the previous batch's), so a row is late only against what was already known.

import {
  type ColumnInfo,
  type InputRowSample,
  STRUCTURED_LIMITS,
  type StructuredQueryStarted,
  type StructuredTrigger,
  type WindowState,
} from "../../protocol/structured";
import type { FileSystem } from "../../sinks/fileSystem";
import type { QueryPlan } from "../plan/fromDocument";
import { type AggregatePlan, postOrder, type WatermarkPlan } from "../plan/logical";
import type { Row, Value } from "../sql/evaluate";
import { PlanExecution } from "./execute";
import { eventTimeOf, isoTime, stateOperatorProgress } from "./progress";
import { consoleBatch } from "./showString";
import { type SourceReader, sourceReader } from "./sourceReaders";
import { keyOf, type Tuple } from "./tuple";
import { windowsOf } from "./windows";

/** Simulated: the time one record takes through a continuous query's map-like operators. */
export const CONTINUOUS_RECORD_LATENCY_MS = 1;

export interface QueryOptions {
  fileSystem: FileSystem;
  /** The pipeline's seed, for generated sources without their own. */
  seed: number;
  id?: string;
  runId?: string;
  /** Wall clock for the durations Spark reports (measured compute); absent: every duration is 0. */
  now?: () => number;
}

function compareValues(a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b))
    return a.start - b.start || a.end - b.end;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** Rows in a stable order (Spark's is the hash partitioner's): windows by start, then each column. */
export function sortRows(rows: Row[]): Row[] {
  return rows.slice().sort((x, y) => {
    for (let i = 0; i < x.length; i++) {
      const c = compareValues(x[i], y[i]);
      if (c !== 0) return c;
    }
    return 0;
  });
}

export class StructuredQuery {
  readonly id: string;
  readonly runId: string;
  readonly columns: ColumnInfo[];
  private readonly exec = new PlanExecution();
  private readonly readers: SourceReader[];
  private readonly watermarkOps: WatermarkPlan[];
  private readonly windowAgg: AggregatePlan | undefined;
  private readonly evictsState: boolean;
  private readonly operatorWatermarks = new Map<string, number>();
  private nextBatchId = 0;
  /** The global watermark: in force for the next batch. */
  watermarkMs = 0;
  private prevBatchWatermarkMs = 0;
  private lastTickMs: number | undefined;
  private lastBatchStartMs: number | undefined;
  private maxEventTimeSeen = Number.NEGATIVE_INFINITY;
  private previousComplete = new Set<string>();
  /** The memory sink's table: what the sink holds after the last batch. */
  memoryTable: Row[] = [];
  done = false;

  constructor(
    readonly query: QueryPlan,
    private readonly opts: QueryOptions,
  ) {
    this.id = opts.id ?? `query-${query.sinkNodeId}`;
    this.runId = opts.runId ?? `run-${query.sinkNodeId}-1`;
    this.columns = query.plan.schema.map((f) => ({ name: f.name, type: f.type }));
    const nodes = postOrder(query.plan);
    this.readers = nodes.flatMap((p) =>
      p.op === "source" && p.streaming
        ? [sourceReader(p, { fileSystem: opts.fileSystem, seed: opts.seed })]
        : [],
    );
    this.watermarkOps = nodes.filter((p): p is WatermarkPlan => p.op === "watermark");
    this.windowAgg = nodes.find((p): p is AggregatePlan => p.op === "aggregate" && p.window !== undefined);
    this.evictsState = nodes.some(
      (p) => (p.op === "aggregate" && query.outputMode !== "complete") || p.op === "dedup",
    );
  }

  started(): StructuredQueryStarted {
    const wm = this.watermarkOps[0];
    const w = this.windowAgg;
    return {
      type: "structuredQueryStarted",
      nodeId: this.query.sinkNodeId,
      id: this.id,
      runId: this.runId,
      name: this.query.name,
      outputMode: this.query.outputMode,
      trigger: this.query.trigger,
      intervalMs: this.query.intervalMs,
      columns: this.columns,
      ...(wm ? { watermark: { column: wm.schema[wm.column].name, delayMs: wm.delayMs } } : {}),
      ...(w?.window
        ? {
            window: {
              nodeId: w.nodeId,
              column: w.child.schema[w.window.column].name,
              lengthMs: w.window.lengthMs,
              slideMs: w.window.slideMs,
            },
          }
        : {}),
    };
  }

  /** Would the next trigger run a batch without new data (the watermark moved past state)? */
  private noDataBatchDue(): boolean {
    return this.evictsState && this.watermarkOps.length > 0 && this.watermarkMs > this.prevBatchWatermarkMs;
  }

  /** One trigger at `timeMs`: the batch it ran, or undefined when it had nothing to do. */
  tick(timeMs: number): StructuredTrigger | undefined {
    if (this.done) return undefined;
    const now = this.opts.now ?? (() => 0);
    const t0 = now();
    const from = this.lastTickMs ?? Math.min(0, timeMs);
    this.lastTickMs = timeMs;
    const input = new Map<string, Tuple[]>();
    const sources = this.readers.map((r) => {
      const read = r.read(from, timeMs);
      input.set(r.plan.nodeId, read.rows);
      return { r, read };
    });
    const hasNewData = sources.some((s) => s.read.hasNewData);
    const t1 = now();
    const finite = this.query.trigger === "once" || this.query.trigger === "availableNow";
    if (!hasNewData && !this.noDataBatchDue()) {
      if (finite) this.done = true;
      return undefined;
    }
    const trigger = this.runBatch(timeMs, input, sources, hasNewData, t0, t1);
    if (this.query.trigger === "once") this.done = true;
    return trigger;
  }

  private runBatch(
    timeMs: number,
    input: Map<string, Tuple[]>,
    sources: { r: SourceReader; read: { rows: Tuple[]; startOffset: unknown; endOffset: unknown } }[],
    hasNewData: boolean,
    t0: number,
    t1: number,
  ): StructuredTrigger {
    const now = this.opts.now ?? (() => 0);
    const batchId = this.nextBatchId++;
    const batchWm = this.watermarkMs;
    const lateWm = this.prevBatchWatermarkMs;
    const hasWatermark = this.watermarkOps.length > 0;
    const rows = this.exec.run(this.query.plan, {
      input,
      mode: this.query.outputMode,
      ...(hasWatermark ? { watermark: { lateMs: lateWm, evictionMs: batchWm } } : {}),
    });
    const t2 = now();
    // the watermark for the next batch
    for (const op of this.watermarkOps) {
      const s = this.exec.stats.get(op.nodeId);
      const prev = this.operatorWatermarks.get(op.nodeId);
      if (s && s.count > 0) {
        const next = s.max - op.delayMs;
        if (prev === undefined || next > prev) this.operatorWatermarks.set(op.nodeId, next);
      } else if (prev === undefined) this.operatorWatermarks.set(op.nodeId, 0);
    }
    if (hasWatermark) {
      const chosen = Math.min(...this.operatorWatermarks.values());
      if (chosen > this.watermarkMs) this.watermarkMs = chosen;
    }
    this.prevBatchWatermarkMs = batchWm;

    const resultRows =
      this.query.outputMode === "complete" ? sortRows(rows.map((t) => t.v)) : sortRows(rows.map((t) => t.v));
    const changed: number[] = [];
    if (this.query.outputMode === "complete") {
      const now2 = new Set<string>();
      resultRows.forEach((r, i) => {
        const k = keyOf(r);
        now2.add(k);
        if (!this.previousComplete.has(k)) changed.push(i);
      });
      this.previousComplete = now2;
      this.memoryTable = resultRows;
    } else this.memoryTable = [...this.memoryTable, ...resultRows];

    const numInputRows = sources.reduce((a, s) => a + s.read.rows.length, 0);
    const t3 = now();
    const triggerMs = Math.max(0, Math.round(t3 - t0));
    const inputSecs = this.lastBatchStartMs === undefined ? 0 : (timeMs - this.lastBatchStartMs) / 1000;
    this.lastBatchStartMs = timeMs;
    const rate = (n: number, secs: number) => (secs > 0 ? n / secs : 0);
    const processedPerSec = rate(numInputRows, triggerMs / 1000);
    const continuous = this.query.trigger === "continuous";
    const sample = this.inputSample(input, batchId, lateWm);
    return {
      type: "structuredTrigger",
      nodeId: this.query.sinkNodeId,
      watermarkMs: batchWm,
      nextWatermarkMs: this.watermarkMs,
      noDataBatch: !hasNewData,
      progress: {
        id: this.id,
        runId: this.runId,
        name: this.query.name,
        timestamp: isoTime(timeMs),
        batchId,
        batchDuration: triggerMs,
        numInputRows,
        inputRowsPerSecond: rate(numInputRows, inputSecs),
        processedRowsPerSecond: processedPerSec,
        durationMs: {
          addBatch: Math.round(t2 - t1),
          getBatch: 0,
          latestOffset: Math.round(t1 - t0),
          queryPlanning: 0,
          triggerExecution: triggerMs,
          walCommit: 0,
          commitOffsets: 0,
        },
        eventTime: eventTimeOf(
          hasNewData ? this.watermarkOps.map((op) => this.exec.stats.get(op.nodeId)!).filter(Boolean) : [],
          hasWatermark ? batchWm : undefined,
        ),
        stateOperators: this.exec.reports.map(stateOperatorProgress),
        sources: sources.map(({ r, read }) => ({
          description: r.description,
          startOffset: read.startOffset,
          endOffset: read.endOffset,
          latestOffset: read.endOffset,
          numInputRows: read.rows.length,
          inputRowsPerSecond: rate(read.rows.length, inputSecs),
          processedRowsPerSecond: rate(read.rows.length, triggerMs / 1000),
          metrics: {},
        })),
        sink: {
          description:
            this.query.format === "console"
              ? "org.apache.spark.sql.execution.streaming.ConsoleTable$"
              : `MemorySink`,
          numOutputRows: resultRows.length,
          metrics: {},
        },
      },
      result: {
        outputMode: this.query.outputMode,
        columns: this.columns,
        rows: resultRows.slice(0, STRUCTURED_LIMITS.resultRows),
        numRows: resultRows.length,
        truncated: resultRows.length > STRUCTURED_LIMITS.resultRows,
        ...(this.query.outputMode === "complete"
          ? { changed: changed.filter((i) => i < STRUCTURED_LIMITS.resultRows) }
          : {}),
      },
      input: sample.rows,
      inputTruncated: sample.truncated,
      windows: this.windowStates(),
      ...(this.query.format === "console"
        ? {
            console: consoleBatch(batchId, this.columns, resultRows, this.query.numRows, this.query.truncate),
          }
        : {}),
      latencies: sample.all.slice(0, STRUCTURED_LIMITS.latencies).map((s) => {
        const outputMs = continuous ? s.arrivalMs + CONTINUOUS_RECORD_LATENCY_MS : timeMs + triggerMs;
        return { arrivalMs: s.arrivalMs, outputMs, latencyMs: outputMs - s.arrivalMs, values: s.values };
      }),
    };
  }

  /** Input rows for the plot: at the first withWatermark (with their event time), else at the sources. */
  private inputSample(input: Map<string, Tuple[]>, batchId: number, lateWm: number) {
    const wm = this.watermarkOps[0];
    const rows: { t: Tuple; sourceNodeId: string; eventTimeMs?: number }[] = [];
    if (wm) {
      const src = postOrder(wm).find((p) => p.op === "source" && p.streaming)?.nodeId ?? wm.nodeId;
      for (const t of this.exec.watermarkRows.get(wm.nodeId) ?? []) {
        const et = t.v[wm.column];
        rows.push({ t, sourceNodeId: src, ...(typeof et === "number" ? { eventTimeMs: et } : {}) });
      }
    } else for (const [id, ts] of input) for (const t of ts) rows.push({ t, sourceNodeId: id });
    const agg = this.windowAgg;
    const dedup = postOrder(this.query.plan).find((p) => p.op === "dedup" && p.eventTime);
    const dropsLate = this.query.outputMode !== "complete" || dedup !== undefined;
    const all: InputRowSample[] = rows.map(({ t, sourceNodeId, eventTimeMs }) => {
      let status: InputRowSample["status"] = "onTime";
      if (eventTimeMs !== undefined) {
        const dropped =
          dropsLate && agg?.window && agg.eventTimeKey !== undefined
            ? windowsOf(eventTimeMs, agg.window.lengthMs, agg.window.slideMs).every((w) => w.end <= lateWm)
            : dedup !== undefined && eventTimeMs <= lateWm;
        if (dropped) status = "dropped";
        else if (eventTimeMs < this.maxEventTimeSeen) status = "late";
        this.maxEventTimeSeen = Math.max(this.maxEventTimeSeen, eventTimeMs);
      }
      return {
        sourceNodeId,
        arrivalMs: t.arrivalMs,
        batchId,
        ...(eventTimeMs !== undefined ? { eventTimeMs } : {}),
        status,
        values: t.v,
      };
    });
    return {
      rows: all.slice(0, STRUCTURED_LIMITS.inputSample),
      truncated: all.length > STRUCTURED_LIMITS.inputSample,
      all,
    };
  }

  /** The windowed aggregation's windows in state, and those evicted by this batch. */
  private windowStates(): WindowState[] {
    const agg = this.windowAgg;
    if (!agg) return [];
    const state = this.exec.aggregates.get(agg.nodeId);
    if (!state) return [];
    const byWindow = new Map<string, WindowState>();
    const add = (key: Row, rows: number, s: WindowState["state"]) => {
      const w = key[0] as { start: number; end: number };
      const k = `${w.start}-${w.end}-${s}`;
      let ws = byWindow.get(k);
      if (!ws)
        byWindow.set(
          k,
          (ws = { nodeId: agg.nodeId, start: w.start, end: w.end, groups: [], count: 0, state: s }),
        );
      ws.groups.push({ key: key.slice(1), count: rows });
      ws.count += rows;
    };
    for (const g of state.groups.values()) add(g.key, g.rows, "open");
    const gone = this.query.outputMode === "append" ? "emitted" : "evicted";
    for (const g of state.lastEvicted) add(g.key, g.rows, gone);
    return [...byWindow.values()].sort((a, b) => a.start - b.start).slice(-STRUCTURED_LIMITS.windows);
  }
}
