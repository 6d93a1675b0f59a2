// Whether a step's wait or a challenge's check holds, read from a snapshot of the document and the run
// (`LessonWorld`). Pure: the player builds the world from the stores and calls `holds` on every change.
import type { PipelineDocument, PipelineNode } from "../../engine/graph/types";
import type { BatchInfoMessage, NodeBatchSummary } from "../../engine/protocol/messages";
import type { StructuredRunData } from "../structured/data/structuredRun";
import type { Condition, LifecycleAction } from "./schema";
import { structuredMetric } from "./structuredMetrics";

export interface LifecycleOutcome {
  call: LifecycleAction;
  ok: boolean;
  message: string;
}

export interface LessonWorld {
  doc: PipelineDocument;
  runState: string;
  /** Completed batches, oldest first. */
  batches: readonly BatchInfoMessage[];
  nodeHistory: Readonly<Record<string, readonly NodeBatchSummary[]>>;
  console: readonly { text: string }[];
  /** Messages of the run's errors (node errors, refusals). */
  errors: readonly string[];
  lifecycle: readonly LifecycleOutcome[];
  /** A Structured Streaming run's triggers, plot rows and latencies (empty for a DStream run). */
  structured?: StructuredRunData;
  /** Batches a database sink wrote (one table write per batch and sink). */
  tableWrites?: number;
}

type NodeRef = { node?: string; kind?: string };

/** The nodes a reference names: by id, else every node of the kind. */
export function nodesOf(doc: PipelineDocument, ref: NodeRef): PipelineNode[] {
  return doc.nodes.filter((n) => (ref.node ? n.id === ref.node : ref.kind ? n.kind === ref.kind : false));
}

function inRange(value: number, c: { min?: number; max?: number; equals?: unknown }): boolean {
  if (c.equals !== undefined && value !== c.equals) return false;
  if (c.min !== undefined && value < c.min) return false;
  if (c.max !== undefined && value > c.max) return false;
  return true;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "string") return a.trim() === b.trim();
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every node reachable from `from` along edges (itself excluded). */
function downstreamOf(doc: PipelineDocument, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const e of doc.edges) {
      if (e.source === id && !seen.has(e.target)) {
        seen.add(e.target);
        queue.push(e.target);
      }
    }
  }
  return seen;
}

function lastSummary(world: LessonWorld, ref: NodeRef): NodeBatchSummary | undefined {
  for (const n of nodesOf(world.doc, ref)) {
    const last = world.nodeHistory[n.id]?.findLast((s) => s.computed);
    if (last) return last;
  }
  return undefined;
}

export function holds(c: Condition, world: LessonWorld): boolean {
  const { doc } = world;
  switch (c.check) {
    case "param":
      return nodesOf(doc, c).some((n) => {
        const v = n.params[c.param];
        if (c.equals !== undefined && !sameValue(v, c.equals)) return false;
        if (c.min !== undefined || c.max !== undefined) return typeof v === "number" && inRange(v, c);
        return true;
      });
    case "batchInterval":
      return inRange(doc.batchIntervalMs, c);
    case "setting": {
      const v = doc.settings[c.name];
      const present = v !== undefined && v !== "" && v !== false;
      if (c.present !== undefined && present !== c.present) return false;
      return c.equals === undefined || sameValue(v, c.equals);
    }
    case "nodeExists":
      return nodesOf(doc, c).length >= (c.min ?? 1);
    case "edge": {
      const to = new Set(nodesOf(doc, c.to).map((n) => n.id));
      const from = new Set(nodesOf(doc, c.from).map((n) => n.id));
      return doc.edges.some((e) => from.has(e.source) && to.has(e.target));
    }
    case "downstream": {
      const to = nodesOf(doc, c.to).map((n) => n.id);
      return nodesOf(doc, c.from).some((f) => {
        const reach = downstreamOf(doc, f.id);
        return to.some((t) => reach.has(t));
      });
    }
    case "batches":
      return world.batches.length >= c.min;
    case "console":
      return world.console.some((l) => l.text.includes(c.contains));
    case "windowCovers": {
      const last = lastSummary(world, c);
      if (!last?.windowBatches || last.windowBatches.length !== c.batches) return false;
      if (c.slideBatches === undefined) return true;
      const slides = nodesOf(doc, c).map((n) => Number(n.params.slideMs));
      return slides.some((s) => s === c.slideBatches! * doc.batchIntervalMs);
    }
    case "stateSize": {
      const last = lastSummary(world, c);
      return last?.stateSize !== undefined && inRange(last.stateSize, c);
    }
    case "schedulingDelay": {
      const delays = world.batches.map((b) => b.schedulingDelayMs ?? 0);
      if (delays.length === 0) return false;
      return inRange(c.of === "last" ? delays.at(-1)! : Math.max(...delays), c);
    }
    case "lifecycleMessage":
      return world.lifecycle.some((o) => o.call === c.action && o.message.includes(c.contains));
    case "runError":
      return world.errors.some((m) => m.includes(c.contains));
    case "structured": {
      const value = world.structured && structuredMetric(world.structured, c.metric);
      return value !== undefined && inRange(value, c);
    }
    case "tableWrites":
      return inRange(world.tableWrites ?? 0, c);
    case "runState":
      return world.runState === c.equals;
    case "any":
      return c.of.some((x) => holds(x, world));
    case "not":
      return !holds(c.of, world);
  }
}
