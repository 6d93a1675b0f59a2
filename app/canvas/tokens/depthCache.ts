// Node depths for the current document, computed once per edit rather than once per edge.
import type { PipelineDocument } from "../../../engine/graph/types";
import { nodeDepths } from "./tokenTiming";

interface Depths {
  byNode: Map<string, number>;
  /** Edges a batch crosses from the sources to the deepest node. */
  levels: number;
}

const cache = new WeakMap<PipelineDocument["edges"], Depths>();

export function depthsOf(doc: PipelineDocument): Depths {
  let d = cache.get(doc.edges);
  if (!d) {
    const byNode = nodeDepths(
      doc.nodes.map((n) => n.id),
      doc.edges,
    );
    d = { byNode, levels: Math.max(1, ...byNode.values()) };
    cache.set(doc.edges, d);
  }
  return d;
}
