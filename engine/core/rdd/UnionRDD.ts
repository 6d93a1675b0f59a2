// Spark's unions. UnionRDD: the partitions of every parent, in order (narrow dependencies, no shuffle).
// PartitionerAwareUnionRDD: when every parent has the same partitioner, partition i is every parent's
// partition i, so the union keeps the partitioner and its partition count (no later shuffle needed).
import type { SparkContext } from "../SparkContext";
import { type Dependency, type Emit, type Partitioner, RDD, samePartitioner } from "./RDD";

/** Spark's SparkContext.union: empty RDDs dropped, partitioner-aware when all share one partitioner. */
export function unionOf<T>(sc: SparkContext, rdds: readonly RDD<T>[]): RDD<T> {
  const nonEmpty = rdds.filter((rdd) => rdd.numPartitions > 0);
  const first = nonEmpty[0]?.partitioner;
  const shared = nonEmpty.length > 0 && nonEmpty.every((rdd) => samePartitioner(rdd.partitioner, first));
  return shared ? new PartitionerAwareUnionRDD(sc, nonEmpty) : new UnionRDD(sc, nonEmpty);
}

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

export class PartitionerAwareUnionRDD<T> extends RDD<T> {
  override get className(): string {
    return "PartitionerAwareUnionRDD";
  }
  readonly numPartitions: number;
  readonly dependencies: readonly Dependency[];

  constructor(
    sc: SparkContext,
    readonly rdds: readonly RDD<T>[],
    op = "union",
  ) {
    super(sc, op);
    if (rdds.length === 0 || !rdds.every((rdd) => samePartitioner(rdd.partitioner, rdds[0].partitioner))) {
      throw new Error("requirement failed: Parent RDDs do not have the same partitioner");
    }
    this.numPartitions = rdds[0].numPartitions;
    this.dependencies = rdds.map((rdd) => ({ rdd, shuffle: false }));
  }

  override get partitioner(): Partitioner | undefined {
    return this.rdds[0].partitioner;
  }

  protected computeInto(split: number, emit: Emit<T>): void {
    for (const rdd of this.rdds) rdd.iterate(split, emit);
  }
}
