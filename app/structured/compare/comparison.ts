// A side-by-side comparison: two pipelines over the same seeded input, stepped together, with one
// sentence saying what to look at. A gallery file (public/examples/) holds one as
// `{ "comparison": { title, explanation, left: { label, pipeline }, right: { label, pipeline } } }`;
// "Compare" on a structured query builds one from the open query (micro-batch against continuous).
import { parsePipeline } from "../../../engine/graph/schema";
import type { PipelineDocument } from "../../../engine/graph/types";
import { t } from "../../i18n/useT";
import "../../i18n/later/structured";

export interface ComparisonSide {
  label: string;
  doc: PipelineDocument;
}

export interface Comparison {
  title: string;
  explanation: string;
  /** What the view charts under each side: the late rows (event time) or per-record latency. */
  focus: "lateRows" | "latency";
  sides: [ComparisonSide, ComparisonSide];
}

export type ComparisonParse = { ok: true; comparison: Comparison } | { ok: false; error: string };

function side(
  raw: unknown,
  which: string,
): { ok: true; side: ComparisonSide } | { ok: false; error: string } {
  const r = raw as { label?: unknown; pipeline?: unknown } | undefined;
  if (!r || typeof r !== "object") return { ok: false, error: `${which}: expected { label, pipeline }` };
  const parsed = parsePipeline(r.pipeline);
  if (!parsed.ok) return { ok: false, error: `${which}.pipeline: ${parsed.errors[0]}` };
  const label = typeof r.label === "string" && r.label.trim() !== "" ? r.label : parsed.doc.name;
  return { ok: true, side: { label, doc: parsed.doc } };
}

/** Checks a comparison file; each pipeline passes the same gate as any document (parsePipeline). */
export function parseComparison(value: unknown): ComparisonParse {
  const c = (value as { comparison?: unknown } | null)?.comparison as Record<string, unknown> | undefined;
  if (!c || typeof c !== "object") return { ok: false, error: t("structured.compare.file.notComparison") };
  if (typeof c.title !== "string") return { ok: false, error: t("structured.compare.file.noTitle") };
  if (typeof c.explanation !== "string")
    return { ok: false, error: t("structured.compare.file.noExplanation") };
  const left = side(c.left, "comparison.left");
  if (!left.ok) return left;
  const right = side(c.right, "comparison.right");
  if (!right.ok) return right;
  const focus = c.focus === "latency" ? "latency" : "lateRows";
  return {
    ok: true,
    comparison: { title: c.title, explanation: c.explanation, focus, sides: [left.side, right.side] },
  };
}

/** The writeStream node of a structured query. */
export function writeStreamOf(doc: PipelineDocument) {
  return doc.nodes.find((n) => n.kind === "structured.writeStream");
}

/**
 * The open query in micro-batch and in continuous mode, for the latency comparison: the same document
 * with the writeStream's trigger set to each. Undefined when the query has no writeStream.
 */
export function triggerComparison(
  doc: PipelineDocument,
  strings: { title: string; explanation: string },
): Comparison | undefined {
  const sink = writeStreamOf(doc);
  if (!sink) return undefined;
  const withTrigger = (trigger: string): PipelineDocument => ({
    ...doc,
    nodes: doc.nodes.map((n) => (n.id === sink.id ? { ...n, params: { ...n.params, trigger } } : n)),
  });
  return {
    title: strings.title,
    explanation: strings.explanation,
    focus: "latency",
    sides: [
      { label: "micro-batch (processingTime)", doc: withTrigger("processingTime") },
      { label: "continuous", doc: withTrigger("continuous") },
    ],
  };
}
