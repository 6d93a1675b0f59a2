// The hook through which the fault model (engine/fault) watches recomputation after a simulated executor
// loss: every partition read goes through `read`, so it can see which lost partitions were computed again
// and through which parents (the lineage Spark walks to rebuild them).
import type { RDD } from "./rdd/RDD";

export interface RecoveryObserver {
  /** Called around each partition read while set; `compute` does the read. */
  read(rdd: RDD<unknown>, split: number, compute: () => void): void;
}
