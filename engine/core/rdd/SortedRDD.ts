// sortByKey's shuffle: Spark samples keys for a RangePartitioner; here all pairs are sorted (stable) and
// cut into `numPartitions` contiguous ranges, so collect() returns them in order. Shown as ShuffledRDD.
import { defaultCompare } from "./compare";
import { type Dependency, type Emit, RDD } from "./RDD";

export class SortedRDD<K, V> extends RDD<[K, V]> {
  readonly dependencies: readonly Dependency[];
  private sorted?: [K, V][];

  override get shuffleOutputReady(): boolean {
    return this.sorted !== undefined;
  }

  constructor(
    readonly parent: RDD<[K, V]>,
    readonly numPartitions: number,
    private readonly ascending: boolean,
    op = "sortByKey",
  ) {
    super(parent.sc, op);
    this.dependencies = [{ rdd: parent, shuffle: true }];
  }

  override get className(): string {
    return "ShuffledRDD";
  }

  protected computeInto(split: number, emit: Emit<[K, V]>): void {
    if (!this.sorted) {
      const sign = this.ascending ? 1 : -1;
      this.sorted = this.parent.collect().sort((a, b) => sign * defaultCompare(a[0], b[0]));
    }
    const n = this.sorted.length;
    const end = Math.floor(((split + 1) * n) / this.numPartitions);
    for (let i = Math.floor((split * n) / this.numPartitions); i < end; i++) emit(this.sorted[i]);
  }
}
