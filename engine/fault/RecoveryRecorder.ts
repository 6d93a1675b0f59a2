// Watches partition reads after an executor loss (SparkContext.recovery) and records the recomputation:
// each lost partition computed again, and under it every parent partition its lineage read, with where
// the data came from (a live cache, a checkpoint, a shuffle still held, the write-ahead log, or computed
// again). Reads outside a recomputation cost one Set lookup.

import { BlockRDD } from "../core/rdd/BlockRDD";
import type { RDD } from "../core/rdd/RDD";
import type { RecoveryObserver } from "../core/recovery";
import type { RecomputeStep, RecoverySource } from "./report";

const MAX_STEPS = 400;

export class RecoveryRecorder implements RecoveryObserver {
  readonly steps: RecomputeStep[] = [];
  truncated = false;
  /** The batch whose jobs are running. */
  atBatch?: number;
  private readonly stack: RDD<unknown>[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly ownerOf: (rddId: number) => { streamId: number; batchTime: number } | undefined,
  ) {}

  read(rdd: RDD<unknown>, split: number, compute: () => void): void {
    const blocksLost = rdd instanceof BlockRDD && rdd.lostBlocks;
    if (this.stack.length === 0 && !rdd.isLost(split) && !blocksLost) {
      compute();
      return;
    }
    const source = sourceOf(rdd, split);
    this.record(rdd, split, source);
    if (source !== "recomputed") {
      compute();
      return;
    }
    this.stack.push(rdd);
    try {
      compute();
    } finally {
      this.stack.pop();
    }
  }

  private record(rdd: RDD<unknown>, split: number, source: RecoverySource): void {
    const parent = this.stack[this.stack.length - 1];
    const key = `${rdd.id}:${split}:${parent?.id}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.steps.length >= MAX_STEPS) {
      this.truncated = true;
      return;
    }
    const owner = this.ownerOf(rdd.id);
    this.steps.push({
      rddId: rdd.id,
      rdd: rdd.toString(),
      split,
      streamId: owner?.streamId,
      streamBatchTime: owner?.batchTime,
      parentOfRddId: parent?.id,
      source,
      atBatch: this.atBatch,
    });
  }
}

function sourceOf(rdd: RDD<unknown>, split: number): RecoverySource {
  if (rdd.hasCachedPartition(split)) return "cache";
  if (rdd instanceof BlockRDD && rdd.lostBlocks) return rdd.hasWriteAheadLog ? "writeAheadLog" : "lost";
  if ((rdd as { isCheckpointed?: boolean }).isCheckpointed === true) return "checkpoint";
  if (rdd.shuffleOutputReady) return "shuffle";
  return "recomputed";
}
