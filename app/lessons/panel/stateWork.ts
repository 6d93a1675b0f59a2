// Lesson 6's numbers, per state node and batch, from the engine's own node summaries: the keys its state
// holds after the batch, and the records it produced. updateStateByKey runs its function for every key
// it holds and emits each key's new state, so its records are the calls of the update function;
// mapWithState runs its function once per record of the batch and emits what each call returns, so its
// records are its calls too (while the function returns something, as the lesson's pipeline does).
import type { PipelineDocument } from "../../../engine/graph/types";
import type { NodeBatchSummary } from "../../../engine/protocol/messages";

export const STATE_KINDS = ["updateStateByKey", "mapWithState"] as const;

export interface StateWorkRow {
  batchTimeMs: number;
  keys: number;
  calls: number;
}

export interface StateWork {
  nodeId: string;
  kind: string;
  rows: StateWorkRow[];
}

/** Each state node's batches (the computed ones, oldest first), the newest `span` of them. */
export function stateWork(
  doc: PipelineDocument,
  history: Readonly<Record<string, readonly NodeBatchSummary[]>>,
  span = 8,
): StateWork[] {
  return doc.nodes
    .filter((n) => (STATE_KINDS as readonly string[]).includes(n.kind))
    .map((n) => ({
      nodeId: n.id,
      kind: n.kind,
      rows: (history[n.id] ?? [])
        .filter((s) => s.computed && s.stateSize !== undefined)
        .slice(-span)
        .map((s) => ({ batchTimeMs: s.batchTimeMs, keys: s.stateSize ?? 0, calls: s.count })),
    }));
}
