// Spark's CoGroupedRDD: for every key, the values of each parent in a list of its own,
// `[k, [vs0, vs1, ...]]`, each a CompactBuffer as in Spark, so a cogroup prints
// `(k,(CompactBuffer(1),CompactBuffer()))`. Keys come out in first-seen order (parent 0's partitions first).
import { mapKey, partitionOf } from "../hash";
import { compactBuffer } from "../scalaBuffers";
import { type Dependency, type Emit, type Partitioner, RDD } from "./RDD";

export class CoGroupedRDD<K> extends RDD<[K, unknown[][]]> {
  override get className(): string {
    return "CoGroupedRDD";
  }
  readonly dependencies: readonly Dependency[];
  private buckets?: [K, unknown[][]][][];

  override get shuffleOutputReady(): boolean {
    return this.buckets !== undefined;
  }

  override discardShuffleOutput(): boolean {
    if (this.buckets === undefined) return false;
    this.buckets = undefined;
    return true;
  }

  constructor(
    readonly rdds: readonly RDD<[K, unknown]>[],
    readonly numPartitions: number,
    op = "cogroup",
  ) {
    super(rdds[0].sc, op);
    this.dependencies = rdds.map((rdd) => ({ rdd, shuffle: true }));
  }

  override get partitioner(): Partitioner {
    return { kind: "hash", numPartitions: this.numPartitions };
  }

  protected computeInto(split: number, emit: Emit<[K, unknown[][]]>): void {
    this.buckets ??= this.shuffle();
    for (const entry of this.buckets[split]) emit(entry);
  }

  private shuffle(): [K, unknown[][]][][] {
    const n = this.numPartitions;
    const width = this.rdds.length;
    const maps: Map<unknown, [K, unknown[][]]>[] = Array.from({ length: n }, () => new Map());
    this.rdds.forEach((rdd, which) => {
      for (let p = 0; p < rdd.numPartitions; p++) {
        rdd.iterate(p, ([key, value]) => {
          const target = maps[partitionOf(key, n)];
          const mk = mapKey(key);
          let entry = target.get(mk);
          if (!entry) {
            entry = [key, Array.from({ length: width }, () => compactBuffer())];
            target.set(mk, entry);
          }
          entry[1][which].push(value);
        });
      }
    });
    return maps.map((m) => [...m.values()]);
  }
}
