// Structured pipeline documents for tests: a chain of nodes from a source to a writeStream.
import { parsePipeline } from "../graph/schema";
import type { PipelineDocument } from "../graph/types";

export type Step = [kind: string, params?: Record<string, unknown>];

/** source -> ... -> writeStream, each step's params over the kind's defaults. */
export function chain(steps: Step[], extra: { nodes?: Step[]; joinRight?: Step } = {}): PipelineDocument {
  const nodes = steps.map(([kind, params], i) => ({
    id: `n${i}`,
    kind: `structured.${kind}`,
    params: params ?? {},
    position: { x: i * 200, y: 0 },
  }));
  const edges = steps.slice(1).map((_, i) => ({ id: `e${i}`, source: `n${i}`, target: `n${i + 1}` }));
  if (extra.joinRight) {
    const j = steps.findIndex(([k]) => k === "join");
    nodes.push({
      id: "right",
      kind: `structured.${extra.joinRight[0]}`,
      params: extra.joinRight[1] ?? {},
      position: { x: 0, y: 200 },
    });
    edges[j - 1] = { ...edges[j - 1], targetHandle: "left" } as (typeof edges)[number];
    edges.push({
      id: "eRight",
      source: "right",
      target: `n${j}`,
      targetHandle: "right",
    } as (typeof edges)[number]);
  }
  const r = parsePipeline({
    version: 3,
    mode: "structured",
    name: "test",
    batchIntervalMs: 1000,
    nodes,
    edges,
  });
  if (!r.ok) throw new Error(r.errors.join("; "));
  return r.doc;
}
