// Spark's ShuffledRDD. With an aggregator, each map partition first combines its records by key in one
// Map (map-side combine, as combineByKey), hashes each distinct key once, and the reduce side merges the
// combiners in map-partition order; without one, records are only moved (repartition).
// The shuffle is computed once per RDD and kept, as Spark keeps shuffle files.
import { mapKey, partitionOf } from "../hash";
import { runFused } from "./fusion";
import { type Dependency, type Emit, MapPartitionsRDD, type Partitioner, RDD } from "./RDD";

export interface Aggregator<V, C> {
  createCombiner: (v: V) => C;
  mergeValue: (c: C, v: V) => C;
  mergeCombiners: (a: C, b: C) => C;
}

export class ShuffledRDD<K, V, C = V> extends RDD<[K, C]> {
  override get className(): string {
    return "ShuffledRDD";
  }
  readonly dependencies: readonly Dependency[];
  private buckets?: [K, C][][];

  override get shuffleOutputReady(): boolean {
    return this.buckets !== undefined;
  }

  override discardShuffleOutput(): boolean {
    if (this.buckets === undefined) return false;
    this.buckets = undefined;
    return true;
  }

  constructor(
    readonly parent: RDD<[K, V]>,
    readonly numPartitions: number,
    op: string,
    private readonly aggregator?: Aggregator<V, C>,
    private readonly partitionFn: (key: K, numPartitions: number) => number = partitionOf,
  ) {
    super(parent.sc, op);
    // HashPartitioner's require(partitions >= 0). Spark accepts 0 and fails later ("/ by zero");
    // refusing it here, with a message that says why, is a deliberate difference.
    if (numPartitions < 0)
      throw new Error(`requirement failed: Number of partitions (${numPartitions}) cannot be negative.`);
    if (numPartitions === 0)
      throw new Error(
        `requirement failed: Number of partitions (${numPartitions}) cannot be negative or zero.`,
      );
    this.dependencies = [{ rdd: parent, shuffle: true }];
  }

  /** Spark's ShuffledRDD keeps its HashPartitioner (repartition's `k % n` is that for its int keys). */
  override get partitioner(): Partitioner {
    return { kind: "hash", numPartitions: this.numPartitions };
  }

  protected computeInto(split: number, emit: Emit<[K, C]>): void {
    this.buckets ??= this.aggregator ? this.shuffleCombined(this.aggregator) : this.shuffleRaw();
    const bucket = this.buckets[split];
    for (let i = 0; i < bucket.length; i++) emit(bucket[i]);
  }

  protected override sizeIfKnown(): number | undefined {
    return this.buckets?.reduce((n, b) => n + b.length, 0);
  }

  private shuffleCombined(agg: Aggregator<V, C>): [K, C][][] {
    const n = this.numPartitions;
    const reduceSide: Map<unknown, [K, C]>[] = Array.from({ length: n }, () => new Map());
    const { createCombiner, mergeValue } = agg;
    const plan = MapPartitionsRDD.fusionPlan(this.parent, false);
    // When merging a value and merging two combiners are the same function (reduceByKey, count, ...), one
    // Map can serve every map partition: same result, keys in the same first-seen order, no merge pass.
    const shared =
      (agg.mergeValue as unknown) === agg.mergeCombiners ? new Map<unknown, [K, C]>() : undefined;
    for (let p = 0; p < this.parent.numPartitions; p++) {
      const mapSide = shared ?? new Map<unknown, [K, C]>();
      // the narrow stages feeding the shuffle and the combine itself, compiled into one loop
      const sink = { kind: "combine", map: mapSide as never, createCombiner, mergeValue } as const;
      if (!plan || !runFused(plan.stages, sink, (fused) => plan.base.iterate(p, fused)))
        this.parent.iterate(p, (pair) => {
          const key = pair[0];
          const mk = typeof key === "object" && key !== null ? mapKey(key) : key;
          const entry = mapSide.get(mk);
          if (entry === undefined) mapSide.set(mk, [key, createCombiner(pair[1])]);
          else entry[1] = mergeValue(entry[1], pair[1]);
        });
      if (shared && p < this.parent.numPartitions - 1) continue;
      // One shared Map already holds each key once: deal its entries to the buckets, nothing to merge.
      if (shared) return this.deal(shared);
      for (const [mk, entry] of mapSide) {
        const target = reduceSide[n === 1 ? 0 : this.partitionFn(entry[0], n)];
        const existing = target.get(mk);
        if (existing === undefined) target.set(mk, entry);
        else existing[1] = agg.mergeCombiners(existing[1], entry[1]);
      }
    }
    return reduceSide.map((m) => [...m.values()]);
  }

  private deal(combined: Map<unknown, [K, C]>): [K, C][][] {
    const n = this.numPartitions;
    if (n === 1) return [[...combined.values()]];
    const out: [K, C][][] = Array.from({ length: n }, () => []);
    for (const entry of combined.values()) out[this.partitionFn(entry[0], n)].push(entry);
    return out;
  }

  private shuffleRaw(): [K, C][][] {
    const n = this.numPartitions;
    const out: [K, C][][] = Array.from({ length: n }, () => []);
    for (let p = 0; p < this.parent.numPartitions; p++) {
      this.parent.iterate(p, (pair) => out[this.partitionFn(pair[0], n)].push(pair as unknown as [K, C]));
    }
    return out;
  }
}
