// A DStream run seen on the event-time plot, for the side-by-side view: the source's sampled records
// that carry an event time (the sensor stream's `eventTimeMs`) become dots at their batch's time, the
// window operator's windows become boxes over the processing time they cover (a DStream window is a span
// of batches, whatever the records' event times), and the window's output per batch is the result table.
// Nothing is ever dropped: a late record counts in the window it arrived in. Pure.
import type { PipelineDocument } from "../../../engine/graph/types";
import type { NodeBatchSummary } from "../../../engine/protocol/messages";
import type { RunData } from "../../store/run/data/runData";
import type { ResultRow } from "../data/protocol";
import { type KnownRows, markTrigger, type ResultTableView } from "../data/resultTable";
import type { PlotDot, PlotWindow, TriggerPoint } from "../data/structuredRun";

export interface SideView {
  dots: PlotDot[];
  windows: PlotWindow[];
  triggers: TriggerPoint[];
  tables: ResultTableView[];
  /** Rows behind an earlier event time (counted by DStreams; by Structured Streaming unless dropped). */
  lateRows: number;
  droppedRows: number;
}

const WINDOW_KINDS = new Set([
  "window",
  "reduceByKeyAndWindow",
  "countByWindow",
  "countByValueAndWindow",
  "groupByKeyAndWindow",
  "reduceByWindow",
]);

function eventTimeOf(record: unknown): number | undefined {
  const t = (record as { eventTimeMs?: unknown } | null)?.eventTimeMs;
  return typeof t === "number" && Number.isFinite(t) ? t : undefined;
}

/** The node whose output the sink prints: the one feeding the first output operation. */
function resultNodeId(doc: PipelineDocument): string | undefined {
  const outputs = new Set(["print", "foreachRDD", "saveAsTextFiles", "saveAsObjectFiles"]);
  const sink = doc.nodes.find((n) => outputs.has(n.kind));
  return sink && doc.edges.find((e) => e.target === sink.id)?.source;
}

function rowOf(record: unknown, windowStart: number, windowEnd: number): ResultRow {
  const window = { start: windowStart, end: windowEnd };
  if (Array.isArray(record) && record.length === 2) return { window, key: record[0], value: record[1] };
  return { window, value: record };
}

export function dstreamSideView(doc: PipelineDocument, data: RunData): SideView {
  const source = doc.nodes.find((n) => doc.edges.every((e) => e.target !== n.id));
  const windowNode = doc.nodes.find((n) => WINDOW_KINDS.has(n.kind));
  const windowMs = Number(windowNode?.params.windowMs) || doc.batchIntervalMs;
  const interval = doc.batchIntervalMs;
  const dots: PlotDot[] = [];
  let maxEventTime = Number.NEGATIVE_INFINITY;
  let lateRows = 0;
  const sourceHistory: readonly NodeBatchSummary[] = (source && data.nodeHistory[source.id]) || [];
  for (const s of sourceHistory) {
    const records = s.sample.flat();
    records.forEach((r, i) => {
      const eventTimeMs = eventTimeOf(r);
      if (eventTimeMs === undefined) return;
      // Records arrive during the batch interval: spread evenly, as the simulated receivers send them.
      const processingTimeMs = s.batchTimeMs - interval + ((i + 1) * interval) / (records.length + 1);
      const late = eventTimeMs < maxEventTime;
      if (late) lateRows++;
      maxEventTime = Math.max(maxEventTime, eventTimeMs);
      dots.push({ id: dots.length, eventTimeMs, processingTimeMs, status: late ? "late" : "onTime" });
    });
  }
  const resultId = resultNodeId(doc);
  const results = ((resultId && data.nodeHistory[resultId]) || []).filter((s) => s.computed);
  const windows: PlotWindow[] = [];
  const tables: ResultTableView[] = [];
  let known: KnownRows = new Map();
  for (const s of results) {
    const start = s.batchTimeMs - windowMs;
    const inside = dots.filter((d) => d.processingTimeMs > start && d.processingTimeMs <= s.batchTimeMs);
    if (inside.length > 0) {
      windows.push({
        startMs: Math.min(...inside.map((d) => d.eventTimeMs)),
        endMs: Math.max(...inside.map((d) => d.eventTimeMs)),
        rows: inside.length,
        state: "emitted",
        closed: true,
        openedAtMs: start,
        closedAtMs: s.batchTimeMs,
      });
    }
    const rows = s.sample.flat().map((r) => rowOf(r, start, s.batchTimeMs));
    const columns = rows.length > 0 && "key" in rows[0] ? ["window", "key", "value"] : ["window", "value"];
    // A DStream window's output is the whole window's result at each slide: as complete mode.
    const marked = markTrigger(known, {
      batchId: Math.round(s.batchTimeMs / interval) - 1,
      outputMode: "complete",
      columns,
      keyColumns: columns.slice(0, -1),
      rows,
      truncated: s.truncated,
    });
    known = marked.known;
    tables.push(marked.view);
  }
  const triggers: TriggerPoint[] = data.batches.map((b, i) => ({
    batchId: i,
    timestampMs: b.batchTimeMs,
    numInputRows: b.inputRecords ?? b.numRecords,
    inputRowsPerSecond: (b.inputRecords ?? b.numRecords) / (interval / 1000),
    processedRowsPerSecond: 0,
    batchDurationMs: b.processingDelayMs ?? 0,
    durationMs: {},
    stateRowsTotal: 0,
    stateRowsUpdated: 0,
    rowsDroppedByWatermark: 0,
  }));
  return { dots, windows: windows.slice(-48), triggers, tables: tables.slice(-20), lateRows, droppedRows: 0 };
}
