// Corpus entries put together for one StreamingContext each: the runners run a request's programs on
// one context (one start, one stop and one set of per-batch fixed work instead of one per program), so
// the programs of a group share the batch interval, the number of batches and whether a checkpoint
// directory is set: one program's checkpoint directory checkpoints the whole shared graph, which costs
// every program of the group a serialization of its functions per batch, and fails the start of one
// whose closure holds an RDD (a transform's table) though it runs alone.
import type { PipelineDocument } from "../../engine/graph/types";

export interface Groupable {
  doc: PipelineDocument;
  batches: number;
  /** Whether the program sets a checkpoint directory, when its export decides (PySpark's
   * groupByKeyAndWindow needs one where the document has none); else the document's setting. */
  checkpoints?: boolean;
}

/** Programs per StreamingContext: more share more fixed work, but a failure reruns the group in halves. */
export const DEFAULT_GROUP_SIZE = 16;

export function groupEntries<T extends Groupable>(entries: readonly T[], size = DEFAULT_GROUP_SIZE): T[][] {
  const byKey = new Map<string, T[]>();
  for (const e of entries) {
    const checkpoints = e.checkpoints ?? e.doc.settings.checkpointDir !== undefined;
    const k = [e.batches, e.doc.batchIntervalMs, checkpoints].join("/");
    byKey.set(k, [...(byKey.get(k) ?? []), e]);
  }
  const out: T[][] = [];
  for (const list of byKey.values())
    for (let i = 0; i < list.length; i += Math.max(1, size)) out.push(list.slice(i, i + Math.max(1, size)));
  return out;
}
