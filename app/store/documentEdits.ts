// Pure edits of a pipeline document. The document slice applies them; tests call them directly.
// Every function returns a new document (or the same one when nothing changed) and never mutates.
import type {
  NodeKindSpec,
  PipelineDocument,
  PipelineEdge,
  PipelineNode,
  PipelineSettings,
} from "../../engine/graph/types";
import { newId } from "./newPipeline";

export function defaultParams(spec: NodeKindSpec): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of spec.params) params[p.name] = structuredClone(p.default);
  return params;
}

export function addNode(
  doc: PipelineDocument,
  spec: NodeKindSpec,
  position: { x: number; y: number },
  id = newId("n"),
): PipelineDocument {
  const node: PipelineNode = { id, kind: spec.kind, params: defaultParams(spec), position };
  return { ...doc, nodes: [...doc.nodes, node] };
}

/** Removes nodes (with every edge touching them) and edges. */
export function removeElements(
  doc: PipelineDocument,
  nodeIds: readonly string[],
  edgeIds: readonly string[] = [],
): PipelineDocument {
  if (nodeIds.length === 0 && edgeIds.length === 0) return doc;
  const goneNodes = new Set(nodeIds);
  const goneEdges = new Set(edgeIds);
  return {
    ...doc,
    nodes: doc.nodes.filter((n) => !goneNodes.has(n.id)),
    edges: doc.edges.filter(
      (e) => !goneEdges.has(e.id) && !goneNodes.has(e.source) && !goneNodes.has(e.target),
    ),
  };
}

export function addEdge(
  doc: PipelineDocument,
  edge: Omit<PipelineEdge, "id"> & { id?: string },
): PipelineDocument {
  const full: PipelineEdge = { id: edge.id ?? newId("e"), source: edge.source, target: edge.target };
  if (edge.targetHandle) full.targetHandle = edge.targetHandle;
  return { ...doc, edges: [...doc.edges, full] };
}

function mapNode(doc: PipelineDocument, id: string, f: (n: PipelineNode) => PipelineNode): PipelineDocument {
  let changed = false;
  const nodes = doc.nodes.map((n) => {
    if (n.id !== id) return n;
    const next = f(n);
    changed ||= next !== n;
    return next;
  });
  return changed ? { ...doc, nodes } : doc;
}

export function moveNodes(
  doc: PipelineDocument,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): PipelineDocument {
  if (positions.size === 0) return doc;
  return {
    ...doc,
    nodes: doc.nodes.map((n) => {
      const p = positions.get(n.id);
      return p && (p.x !== n.position.x || p.y !== n.position.y) ? { ...n, position: { x: p.x, y: p.y } } : n;
    }),
  };
}

export function setParam(
  doc: PipelineDocument,
  nodeId: string,
  name: string,
  value: unknown,
): PipelineDocument {
  return mapNode(doc, nodeId, (n) =>
    Object.is(n.params[name], value) ? n : { ...n, params: { ...n.params, [name]: value } },
  );
}

export function setLabel(doc: PipelineDocument, nodeId: string, label: string): PipelineDocument {
  return mapNode(doc, nodeId, (n) => {
    const trimmed = label.trim() === "" ? undefined : label;
    if (n.label === trimmed) return n;
    const { label: _old, ...rest } = n;
    return trimmed === undefined ? rest : { ...rest, label: trimmed };
  });
}

export function setSettings(doc: PipelineDocument, patch: Partial<PipelineSettings>): PipelineDocument {
  return { ...doc, settings: { ...doc.settings, ...patch } };
}

/** What Ctrl+C keeps: the chosen nodes and the edges between them. */
export interface Clipboard {
  nodes: PipelineNode[];
  edges: PipelineEdge[];
}

export function copySubgraph(doc: PipelineDocument, nodeIds: readonly string[]): Clipboard {
  const keep = new Set(nodeIds);
  return {
    nodes: structuredClone(doc.nodes.filter((n) => keep.has(n.id))),
    edges: structuredClone(doc.edges.filter((e) => keep.has(e.source) && keep.has(e.target))),
  };
}

/** Adds a copy of the clipboard with fresh ids, shifted by `offset`; returns the new node ids. */
export function pasteSubgraph(
  doc: PipelineDocument,
  clip: Clipboard,
  offset: { x: number; y: number },
): { doc: PipelineDocument; nodeIds: string[] } {
  const idMap = new Map(clip.nodes.map((n) => [n.id, newId("n")]));
  const nodes = clip.nodes.map((n) => ({
    ...structuredClone(n),
    id: idMap.get(n.id)!,
    position: { x: n.position.x + offset.x, y: n.position.y + offset.y },
  }));
  const edges = clip.edges.map((e) => ({
    ...e,
    id: newId("e"),
    source: idMap.get(e.source)!,
    target: idMap.get(e.target)!,
  }));
  return {
    doc: { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] },
    nodeIds: [...idMap.values()],
  };
}
