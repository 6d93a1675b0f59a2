// When and where a batch token is on its edge. Pure: the animator feeds it its own clock.
import type { PipelineEdge } from "../../../engine/graph/types";
import type { Speed } from "../../../engine/protocol/messages";

/**
 * Topological depth of each node: 0 for sources, else 1 + the deepest input. A batch's tokens leave
 * in this order, so a wave crosses the graph as the engine computes node after node. Nodes on a
 * cycle (refused by the validator anyway) keep the depth reached before the cycle.
 */
export function nodeDepths(nodeIds: readonly string[], edges: readonly PipelineEdge[]): Map<string, number> {
  const depth = new Map(nodeIds.map((id) => [id, 0]));
  const indegree = new Map(nodeIds.map((id) => [id, 0]));
  const out = new Map<string, string[]>(nodeIds.map((id) => [id, []]));
  for (const e of edges) {
    if (!depth.has(e.source) || !depth.has(e.target)) continue;
    out.get(e.source)!.push(e.target);
    indegree.set(e.target, indegree.get(e.target)! + 1);
  }
  const queue = nodeIds.filter((id) => indegree.get(id) === 0);
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const next of out.get(id)!) {
      depth.set(next, Math.max(depth.get(next)!, depth.get(id)! + 1));
      indegree.set(next, indegree.get(next)! - 1);
      if (indegree.get(next) === 0) queue.push(next);
    }
  }
  return depth;
}

/**
 * A deeper edge's token leaves this fraction of a leg after the one before it: the wave still shows the
 * order in which the engine computes the nodes, and every token stays on screen most of the interval.
 */
export const DEPTH_STAGGER = 0.35;

export const MIN_LEG_MS = 250;
export const MAX_LEG_MS = 1200;

/**
 * Wall time for a token to cross one edge: a wave (the last token leaving DEPTH_STAGGER legs per
 * level after the first) must end within one batch interval of wall time (the interval divided by
 * the speed), clamped so it stays readable.
 */
export function legDuration(batchIntervalMs: number, speed: Speed, levels: number): number {
  if (speed === "max") return MIN_LEG_MS;
  const wallIntervalMs = batchIntervalMs / speed;
  const leg = (wallIntervalMs * 0.8) / (1 + DEPTH_STAGGER * Math.max(levels - 1, 0));
  return Math.min(MAX_LEG_MS, Math.max(MIN_LEG_MS, leg));
}

export interface TokenRun {
  /** Animation-clock time the token's wave started. */
  startMs: number;
  /** Wait before this edge's leg (depth of the edge's source x DEPTH_STAGGER x the leg). */
  delayMs: number;
  legMs: number;
}

/** Progress along the edge in [0, 1], or null while the token waits for its turn. */
export function tokenProgress(run: TokenRun, nowMs: number): number | null {
  const t = nowMs - run.startMs - run.delayMs;
  if (t < 0) return null;
  return Math.min(1, t / run.legMs);
}

/** Eases in and out, so a token visibly leaves and arrives. */
export function ease(p: number): number {
  return p < 0.5 ? 2 * p * p : 1 - (-2 * p + 2) ** 2 / 2;
}
