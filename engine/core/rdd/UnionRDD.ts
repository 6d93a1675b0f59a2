// Spark's UnionRDD: the partitions of every parent, in order (narrow dependencies, no shuffle).
import type { SparkContext } from "../SparkContext";
import { type Dependency, type Emit, RDD } from "./RDD";

export class UnionRDD<T> extends RDD<T> {
  override get className(): string {
    return "UnionRDD";
  }
  readonly numPartitions: number;
  readonly dependencies: readonly Dependency[];
  private readonly owners: [RDD<T>, number][] = [];

  constructor(
    sc: SparkContext,
    readonly rdds: readonly RDD<T>[],
    op = "union",
  ) {
    super(sc, op);
    for (const rdd of rdds) for (let i = 0; i < rdd.numPartitions; i++) this.owners.push([rdd, i]);
    this.numPartitions = this.owners.length;
    this.dependencies = rdds.map((rdd) => ({ rdd, shuffle: false }));
  }

  protected computeInto(split: number, emit: Emit<T>): void {
    const [rdd, index] = this.owners[split];
    rdd.iterate(index, emit);
  }
}
