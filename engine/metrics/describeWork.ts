// Builds the BatchWork of one batch from the RDDs the streams generated at its time.
import type { DStream } from "../core/DStream";
import type { RDD } from "../core/rdd/index";
import type { BatchWork, StreamWork } from "./BatchWork";

/** True when `rdd`'s lineage, down to the parents' RDDs of this batch, contains a shuffle. */
function shuffledWithin(rdd: RDD<unknown>, stopAt: Set<RDD<unknown>>): boolean {
  const stack = [rdd];
  const seen = new Set<RDD<unknown>>();
  while (stack.length > 0) {
    const r = stack.pop()!;
    if (seen.has(r)) continue;
    seen.add(r);
    for (const d of r.dependencies) {
      if (d.shuffle) return true;
      if (!stopAt.has(d.rdd)) stack.push(d.rdd);
    }
  }
  return false;
}

export function describeWork(
  streams: readonly DStream<any>[],
  inputs: ReadonlySet<DStream<any>>,
  batchTime: number,
  batchIntervalMs: number,
  numInputRecords: number,
  measuredComputeMs: number,
): BatchWork {
  const work: StreamWork[] = [];
  for (const s of streams) {
    const rdd = s.getGeneratedRDD(batchTime);
    if (!rdd) continue;
    const parentRDDs = s.dependencies.map((d) => d.getGeneratedRDD(batchTime));
    const parentCounts = parentRDDs.map((p) => p?.knownCount());
    const recordsIn =
      parentRDDs.length > 0 && parentCounts.every((c) => c !== undefined)
        ? parentCounts.reduce((a, b) => a! + b!, 0)
        : undefined;
    const stopAt = new Set(parentRDDs.filter((p): p is RDD<any> => p !== undefined));
    work.push({
      id: s.id,
      name: s.name,
      parentIds: s.dependencies.map((d) => d.id),
      numPartitions: rdd.numPartitions,
      recordsIn,
      recordsOut: rdd.knownCount(),
      partitionCounts: rdd.knownPartitionCounts(),
      shuffled: shuffledWithin(rdd, stopAt),
      isInput: inputs.has(s),
    });
  }
  return { batchTime, batchIntervalMs, numInputRecords, streams: work, measuredComputeMs };
}
