// An RDD over an in-memory array, cut into `numSlices` contiguous slices as Spark's parallelize does
// (slice i holds elements [i*n/numSlices, (i+1)*n/numSlices)).
import type { SparkContext } from "../SparkContext";
import type { Fused } from "./fusion";
import { type Dependency, type Emit, RDD } from "./RDD";

export class ParallelCollectionRDD<T> extends RDD<T> {
  override get className(): string {
    return "ParallelCollectionRDD";
  }
  readonly dependencies: readonly Dependency[] = [];

  constructor(
    sc: SparkContext,
    private readonly data: readonly T[],
    readonly numPartitions: number,
    op = "parallelize",
  ) {
    super(sc, op);
    // ParallelCollectionRDD.slice's IllegalArgumentException: no "requirement failed: " prefix.
    if (numPartitions < 1) throw new Error("Positive number of partitions required");
  }

  protected computeInto(split: number, emit: Emit<T>): void {
    const n = this.data.length;
    const start = Math.floor((split * n) / this.numPartitions);
    const end = Math.floor(((split + 1) * n) / this.numPartitions);
    const overSlice = (emit as Fused).overSlice;
    if (overSlice !== undefined) overSlice(this.data, start, end);
    else for (let i = start; i < end; i++) emit(this.data[i]);
  }

  protected override sizeIfKnown(): number {
    return this.data.length;
  }

  /** Known without computing: the input size of a batch. */
  get size(): number {
    return this.data.length;
  }
}

/** Spark's EmptyRDD: no partitions at all. */
export class EmptyRDD<T> extends RDD<T> {
  override get className(): string {
    return "EmptyRDD";
  }
  readonly numPartitions = 0;
  readonly dependencies: readonly Dependency[] = [];
  constructor(sc: SparkContext) {
    super(sc, "emptyRDD");
  }
  protected computeInto(): void {}
  protected override sizeIfKnown(): number {
    return 0;
  }
}
