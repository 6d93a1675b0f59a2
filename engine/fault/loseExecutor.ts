// What losing an executor takes, as Spark's BlockManagerMaster and DAGScheduler see it (simulated):
// - the cached RDD partitions it held (BlockManager blocks): the next job that reads one recomputes it
//   from lineage (Spark: the block is gone, RDD.getOrCompute computes it again);
// - the map outputs of shuffles it wrote (MapOutputTracker.removeOutputsOnExecutor): a later read of
//   the shuffle runs its map side again (Spark: FetchFailed, the map stage is resubmitted);
// - the blocks its receivers stored. The studio keeps one copy of each received block, on the receiver's
//   executor (Spark's default MEMORY_AND_DISK_SER_2 keeps a second copy on another executor; the
//   simulation is the case where no copy survives, which is what the write-ahead log is for). With the
//   log on, the blocks are read back from it (WriteAheadLogBackedBlockRDD); without it, a task that needs
//   one fails with "Could not compute split, block input-... of RDD n not found".
// Receivers on the executor restart on its replacement (Spark's ReceiverTracker restarts them).
import { BlockRDD } from "../core/rdd/BlockRDD";
import type { StreamingContext } from "../scheduler/StreamingContext";
import type { SimulatedCluster } from "./cluster";
import { liveRdds } from "./rddOwners";
import type { ExecutorLossReport } from "./report";

export type LossEffects = Omit<ExecutorLossReport, "batchTime" | "when" | "steps" | "stepsTruncated">;

export function loseExecutor(
  ssc: StreamingContext,
  cluster: SimulatedCluster,
  executorId: string,
): LossEffects {
  const slot = cluster.slotOf(executorId);
  if (slot < 0) {
    throw new Error(`No executor ${executorId}: the cluster has ${cluster.executorIds().join(", ")}`);
  }
  const receiverStreams = ssc.graph.inputStreams.filter((s) => "receiver" in s);
  const receiverSlot = new Map(receiverStreams.map((s, i) => [s.id, i % cluster.size]));
  const { owners, all } = liveRdds(ssc);
  const effects: LossEffects = {
    executorId,
    replacementId: "",
    writeAheadLog: ssc.writeAheadLog,
    lostPartitions: [],
    lostBlocks: [],
    lostShuffles: 0,
    receiversRestarted: receiverStreams.filter((s) => receiverSlot.get(s.id) === slot).map((s) => s.id),
  };
  for (const rdd of all) {
    const owner = owners.get(rdd.id);
    const where = { streamId: owner?.stream.id, streamBatchTime: owner?.batchTime };
    if (rdd instanceof BlockRDD) {
      if (owner === undefined || receiverSlot.get(owner.stream.id) !== slot || rdd.numPartitions === 0)
        continue;
      if (rdd.lostBlocks) continue;
      rdd.loseBlocks();
      for (let split = 0; split < rdd.numPartitions; split++) {
        effects.lostBlocks.push({
          streamId: owner.stream.id,
          blockId: rdd.blockId(split),
          batchTime: owner.batchTime,
          records: rdd.blockSize(split),
          inWriteAheadLog: rdd.hasWriteAheadLog,
        });
      }
      continue;
    }
    const onSlot = range(rdd.numPartitions).filter((p) => cluster.slotOfPartition(p) === slot);
    for (const split of rdd.loseCachedPartitions(onSlot)) {
      effects.lostPartitions.push({ rddId: rdd.id, rdd: rdd.toString(), split, ...where });
    }
    const writesOnSlot = rdd.dependencies.some(
      (d) => d.shuffle && range(d.rdd.numPartitions).some((p) => cluster.slotOfPartition(p) === slot),
    );
    if (writesOnSlot && rdd.discardShuffleOutput()) {
      effects.lostShuffles++;
      rdd.markLost(range(rdd.numPartitions));
    }
  }
  effects.replacementId = cluster.replace(slot);
  return effects;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
