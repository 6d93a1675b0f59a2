// Hand-written or generated documents often leave every position at 0,0: such an import is laid out
// instead of opening as one pile of cards.
import type { PipelineDocument } from "../../../engine/graph/types";

/** Cards closer than this (in canvas pixels, both ways) are taken as stacked on each other. */
const STACKED_PX = 24;

/** True when at least two nodes sit on (nearly) the same spot. */
export function hasStackedNodes(doc: Pick<PipelineDocument, "nodes">): boolean {
  const { nodes } = doc;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i].position;
      const b = nodes[j].position;
      if (Math.abs(a.x - b.x) < STACKED_PX && Math.abs(a.y - b.y) < STACKED_PX) return true;
    }
  }
  return false;
}
