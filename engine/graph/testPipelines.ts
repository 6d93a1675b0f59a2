// Small builders of pipeline documents for tests (never imported by production code).
import { getKind, resolveParams } from "./catalog";
import { defaultSettings } from "./schema";
import type { PipelineDocument, PipelineEdge, PipelineNode, PipelineSettings } from "./types";

export function node(id: string, kind: string, params: Record<string, unknown> = {}): PipelineNode {
  const spec = getKind(kind);
  return { id, kind, params: spec ? resolveParams(spec, params) : params, position: { x: 0, y: 0 } };
}

export function edge(source: string, target: string, targetHandle?: string): PipelineEdge {
  return {
    id: `${source}->${target}${targetHandle ? `:${targetHandle}` : ""}`,
    source,
    target,
    targetHandle,
  };
}

/** A chain a -> b -> c ... plus any extra edges. */
export function chain(nodes: PipelineNode[], extra: PipelineEdge[] = []): PipelineEdge[] {
  return [...nodes.slice(1).map((n, i) => edge(nodes[i].id, n.id)), ...extra];
}

export function doc(
  nodes: PipelineNode[],
  edges: PipelineEdge[],
  opts: { batchIntervalMs?: number; settings?: Partial<PipelineSettings> } = {},
): PipelineDocument {
  return {
    version: 1,
    name: "test",
    batchIntervalMs: opts.batchIntervalMs ?? 1000,
    settings: { ...defaultSettings, ...opts.settings },
    nodes,
    edges,
  };
}

/** The seed's socket word count: text lines, flatMap, map to pairs, reduceByKey, print. */
export function wordCountDoc(lines: string[] | string = ["a b a", "b c"], rate = 2): PipelineDocument {
  const nodes = [
    node("lines", "textLines", { lines: Array.isArray(lines) ? lines.join("\n") : lines, rate }),
    node("words", "flatMap", { fn: '(line) => line.split(" ")' }),
    node("pairs", "map", { fn: "(word) => [word, 1]" }),
    node("counts", "reduceByKey", { fn: "(a, b) => a + b" }),
    node("out", "print"),
  ];
  return doc(nodes, chain(nodes));
}
