// Which DStream (and batch time) each live RDD belongs to: the stream that generated it, or, for the RDDs
// a stream builds inside its compute (the cogroup inside updateStateByKey), the nearest stream above it.
// The page draws recomputation on the nodes of those streams.
import type { DStream } from "../core/DStream";
import type { RDD } from "../core/rdd/RDD";
import type { StreamingContext } from "../scheduler/StreamingContext";

export interface RddOwner {
  stream: DStream<any>;
  batchTime: number;
}

export interface LiveRdds {
  owners: Map<number, RddOwner>;
  /** Every RDD reachable from a remembered one, each once, lineage included. */
  all: RDD<unknown>[];
}

export function liveRdds(ssc: StreamingContext): LiveRdds {
  const owners = new Map<number, RddOwner>();
  const roots: [RDD<unknown>, RddOwner][] = [];
  for (const stream of ssc.graph.allStreams()) {
    for (const t of stream.generatedTimes()) {
      const rdd = stream.getGeneratedRDD(t);
      if (!rdd) continue;
      const owner = { stream, batchTime: t };
      owners.set(rdd.id, owner);
      roots.push([rdd, owner]);
    }
  }
  const all: RDD<unknown>[] = [];
  const seen = new Set<number>();
  const visit = (rdd: RDD<unknown>, owner: RddOwner) => {
    if (seen.has(rdd.id)) return;
    seen.add(rdd.id);
    all.push(rdd);
    if (!owners.has(rdd.id)) owners.set(rdd.id, owner);
    for (const dep of rdd.dependencies) visit(dep.rdd, owners.get(dep.rdd.id) ?? owner);
  };
  for (const [rdd, owner] of roots) visit(rdd, owner);
  return { owners, all };
}
