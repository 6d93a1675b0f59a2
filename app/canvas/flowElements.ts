// Turns the document (the source of truth) into React Flow nodes and edges, reusing the previous
// objects when nothing about a node changed, so memoised node components don't re-render.
import type { Edge } from "@xyflow/react";
import { MarkerType } from "@xyflow/react";
import type { PipelineDocument, PipelineNode } from "../../engine/graph/types";
import { t } from "../i18n/useT";
import type { StreamFlowNode } from "../nodes/nodeData";
import { nodeTypeOf } from "../nodes/nodeTypes";
import { specOf } from "../store/catalog";

export type Size = { width: number; height: number };

export interface FlowNodeCache {
  nodes: Map<string, StreamFlowNode>;
  data: WeakMap<PipelineNode, StreamFlowNode["data"]>;
}

export const newFlowNodeCache = (): FlowNodeCache => ({ nodes: new Map(), data: new WeakMap() });

export function toFlowNodes(
  docNodes: readonly PipelineNode[],
  selected: ReadonlySet<string>,
  measured: ReadonlyMap<string, Size>,
  cache: FlowNodeCache,
): StreamFlowNode[] {
  const next = new Map<string, StreamFlowNode>();
  const nodes = docNodes.map((n) => {
    let data = cache.data.get(n);
    if (!data) {
      data = { kind: n.kind, label: n.label, params: n.params };
      cache.data.set(n, data);
    }
    const prev = cache.nodes.get(n.id);
    const isSelected = selected.has(n.id);
    const size = measured.get(n.id);
    const node: StreamFlowNode =
      prev &&
      prev.data === data &&
      prev.position === n.position &&
      prev.selected === isSelected &&
      prev.measured === size
        ? prev
        : {
            id: n.id,
            type: nodeTypeOf(specOf(n.kind)?.category),
            position: n.position,
            data,
            selected: isSelected,
            ...(size ? { measured: size } : {}),
          };
    next.set(n.id, node);
    return node;
  });
  cache.nodes = next;
  return nodes;
}

const ARROW = { type: MarkerType.ArrowClosed, width: 18, height: 18 } as const;

export function toFlowEdges(doc: PipelineDocument, selected: ReadonlySet<string>): Edge[] {
  return doc.edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    targetHandle: e.targetHandle ?? null,
    type: "stream",
    selected: selected.has(e.id),
    markerEnd: ARROW,
    ariaLabel: t("canvas.edgeLabel", { source: e.source, target: e.target }),
  }));
}
