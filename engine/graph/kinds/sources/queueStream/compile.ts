// queueStream: Spark's queue of RDDs, one per batch (or all at once), then the default RDD.
import type { AnyStream, BuildContext } from "../../../compileContext";

export function compileQueueStream({ ssc, params }: BuildContext): AnyStream {
  const batches = (params.batches as unknown[][]).map((b) => [...b]);
  const fallback = Array.isArray(params.defaultBatch) ? (params.defaultBatch as unknown[]) : undefined;
  return ssc.queueStream(batches, params.oneAtATime !== false, fallback);
}
