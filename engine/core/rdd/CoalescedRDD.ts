// Spark's CoalescedRDD without shuffle: parent partitions grouped into contiguous ranges.
import { type Dependency, type Emit, RDD } from "./RDD";

export class CoalescedRDD<T> extends RDD<T> {
  override get className(): string {
    return "CoalescedRDD";
  }
  readonly numPartitions: number;
  readonly dependencies: readonly Dependency[];

  constructor(
    readonly parent: RDD<T>,
    maxPartitions: number,
    op = "coalesce",
  ) {
    super(parent.sc, op);
    if (maxPartitions < 1)
      throw new Error(`requirement failed: Number of partitions (${maxPartitions}) must be positive.`);
    this.numPartitions = Math.min(maxPartitions, parent.numPartitions);
    this.dependencies = [{ rdd: parent, shuffle: false }];
  }

  protected computeInto(split: number, emit: Emit<T>): void {
    const n = this.parent.numPartitions;
    const start = Math.floor((split * n) / this.numPartitions);
    const end = Math.floor(((split + 1) * n) / this.numPartitions);
    for (let i = start; i < end; i++) this.parent.iterate(i, emit);
  }
}
