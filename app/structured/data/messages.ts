// Reads the engine's Structured Streaming messages (engine/protocol/structured.ts) into the page's trigger
// reports: the one place that knows their shape. Rows arrive as arrays in column order and become
// objects by column name; a row's identity across triggers is its grouping columns (the window and the
// groupBy keys, which Spark puts first in an aggregation's output).
import type { PipelineDocument } from "../../../engine/graph/types";
import type { StructuredFromWorker, StructuredTrigger } from "../../../engine/protocol/structured";
import type { ResultRow, TriggerKind, TriggerReport } from "./protocol";

export type { StructuredFromWorker } from "../../../engine/protocol/structured";

const STRUCTURED_TYPES = new Set([
  "structuredQueryStarted",
  "structuredTrigger",
  "structuredQueryTerminated",
]);

export function isStructuredInput(m: { type: string }): m is StructuredFromWorker {
  return STRUCTURED_TYPES.has(m.type);
}

/** Top-level comma-separated items of an expression list ("a, concat(b, c) AS d" has two). */
export function splitExpressions(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      items.push(current);
      current = "";
    } else current += ch;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** How many leading result columns identify a row: the groupBy's window (if any) and keys; 0 without one. */
export function groupingColumnCount(doc: Pick<PipelineDocument, "nodes"> | null | undefined): number {
  const groupBy = doc?.nodes.find((n) => n.kind === "structured.groupBy");
  if (!groupBy) return 0;
  const p = groupBy.params;
  const windowed = typeof p.windowColumn === "string" && p.windowColumn.trim() !== "";
  const keys = typeof p.keys === "string" ? splitExpressions(p.keys).length : 0;
  return (windowed ? 1 : 0) + keys;
}

function sampleLabel(values: readonly unknown[]): string {
  const text = values
    .map((v) => (typeof v === "object" && v !== null ? JSON.stringify(v) : String(v)))
    .join(", ");
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The query's trigger, as its writeStream node sets it. */
export function triggerKindOf(doc: Pick<PipelineDocument, "nodes"> | null | undefined): TriggerKind {
  const t = doc?.nodes.find((n) => n.kind === "structured.writeStream")?.params.trigger;
  return t === "continuous" || t === "once" || t === "availableNow" ? t : "processingTime";
}

export function triggerReport(
  msg: StructuredTrigger,
  groupingColumns: number,
  trigger: TriggerKind = "processingTime",
): TriggerReport {
  const columns = msg.result.columns.map((c) => c.name);
  const rows: ResultRow[] = msg.result.rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]])));
  return {
    progress: msg.progress,
    watermarkMs: msg.watermarkMs,
    nextWatermarkMs: msg.nextWatermarkMs,
    outputMode: msg.result.outputMode,
    trigger,
    columns,
    keyColumns: columns.slice(0, groupingColumns),
    rows,
    truncated: msg.result.truncated,
    inputSample: msg.input
      .filter((r) => r.eventTimeMs !== undefined)
      .map((r) => ({
        eventTimeMs: r.eventTimeMs as number,
        processingTimeMs: r.arrivalMs,
        status: r.status,
        label: sampleLabel(r.values),
      })),
    windows: msg.windows.map((w) => ({ startMs: w.start, endMs: w.end, rows: w.count, state: w.state })),
    recordLatencies: msg.latencies?.map((l) => ({ arrivalMs: l.arrivalMs, latencyMs: l.latencyMs })),
  };
}

/** The trigger reports among a frame's messages, in order. */
export function triggerReportsOf(
  inputs: readonly { type: string }[],
  doc: Pick<PipelineDocument, "nodes"> | null | undefined,
): TriggerReport[] {
  const reports: TriggerReport[] = [];
  const grouping = groupingColumnCount(doc);
  const trigger = triggerKindOf(doc);
  for (const msg of inputs) {
    if (msg.type === "structuredTrigger")
      reports.push(triggerReport(msg as StructuredTrigger, grouping, trigger));
  }
  return reports;
}
