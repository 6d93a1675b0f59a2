// The graph's shape, shared by the validator and the compiler: each node's inputs in slot order,
// a topological order, and the nodes and edges on cycles.
import { getAnyKind as getKind } from "./catalog";
import type { NodeKindSpec, PipelineDocument, PipelineEdge, PipelineNode } from "./types";

export interface NodeInputs {
  /** Edges feeding the node, in input order (left before right); extras at the end. */
  ordered: PipelineEdge[];
  /** Edges whose targetHandle names no input of the node, or that fill a slot twice. */
  misplaced: { edge: PipelineEdge; reason: string }[];
}

export interface Topology {
  nodes: Map<string, PipelineNode>;
  inputs: Map<string, NodeInputs>;
  outputs: Map<string, PipelineEdge[]>;
  /** Nodes in dependency order; nodes on (or after) a cycle are missing. */
  order: PipelineNode[];
  /** Edges that close a cycle, with the cycle's node ids. */
  cycles: { edge: PipelineEdge; path: string[] }[];
}

/** Named inputs ("left"/"right") fill their slot; edges without a handle fill the free slots in order. */
function orderInputs(spec: NodeKindSpec | undefined, edges: PipelineEdge[]): NodeInputs {
  const names = spec?.inputs.names;
  if (!names) return { ordered: edges, misplaced: [] };
  const slots: (PipelineEdge | undefined)[] = names.map(() => undefined);
  const misplaced: NodeInputs["misplaced"] = [];
  const unnamed: PipelineEdge[] = [];
  for (const edge of edges) {
    if (edge.targetHandle === undefined || edge.targetHandle === "") {
      unnamed.push(edge);
      continue;
    }
    const slot = names.indexOf(edge.targetHandle);
    if (slot < 0)
      misplaced.push({
        edge,
        reason: `has no input named "${edge.targetHandle}" (inputs: ${names.join(", ")})`,
      });
    else if (slots[slot])
      misplaced.push({ edge, reason: `input "${edge.targetHandle}" is already connected` });
    else slots[slot] = edge;
  }
  const extras: PipelineEdge[] = [];
  for (const edge of unnamed) {
    const free = slots.indexOf(undefined);
    if (free >= 0) slots[free] = edge;
    else extras.push(edge);
  }
  return { ordered: [...slots.filter((e): e is PipelineEdge => !!e), ...extras], misplaced };
}

export function buildTopology(doc: PipelineDocument): Topology {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const incoming = new Map<string, PipelineEdge[]>(doc.nodes.map((n) => [n.id, []]));
  const outputs = new Map<string, PipelineEdge[]>(doc.nodes.map((n) => [n.id, []]));
  for (const e of doc.edges) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    incoming.get(e.target)!.push(e);
    outputs.get(e.source)!.push(e);
  }
  const inputs = new Map<string, NodeInputs>();
  for (const n of doc.nodes) inputs.set(n.id, orderInputs(getKind(n.kind), incoming.get(n.id)!));

  // Depth-first search: an edge to a node still on the stack closes a cycle. The stack is explicit, so
  // a chain of any length is walked without recursing (documents come from anyone).
  const state = new Map<string, "visiting" | "done">();
  const order: PipelineNode[] = [];
  const cycles: Topology["cycles"] = [];
  const onCycle = new Set<string>();
  const stack: string[] = [];
  const next: number[] = []; // per stack entry: the next incoming edge to look at
  const visit = (root: string): void => {
    state.set(root, "visiting");
    stack.push(root);
    next.push(0);
    while (stack.length > 0) {
      const top = stack.length - 1;
      const id = stack[top];
      const edges = incoming.get(id)!;
      if (next[top] < edges.length) {
        const e = edges[next[top]++];
        const s = state.get(e.source);
        if (s === "visiting") {
          const path = [e.source, ...stack.slice(stack.indexOf(e.source)).reverse()]; // in data-flow order
          cycles.push({ edge: e, path });
          for (const p of path) onCycle.add(p);
        } else if (s === undefined) {
          state.set(e.source, "visiting");
          stack.push(e.source);
          next.push(0);
        }
        continue;
      }
      stack.pop();
      next.pop();
      state.set(id, "done");
      order.push(nodes.get(id)!);
    }
  };
  for (const n of doc.nodes) if (!state.has(n.id)) visit(n.id);
  // A node downstream of a cycle has no well-defined input either.
  const tainted = new Set(onCycle);
  for (const n of order) if (incoming.get(n.id)!.some((e) => tainted.has(e.source))) tainted.add(n.id);
  return { nodes, inputs, outputs, order: order.filter((n) => !tainted.has(n.id)), cycles };
}
