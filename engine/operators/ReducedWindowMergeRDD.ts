// The RDD of one ReducedWindowedDStream window: Spark cogroups the previous window's RDD with the batches
// that left and the batches that came in, then merges each key's groups (mapValues over the cogroup).
// The lineage drawn is Spark's (a MapPartitionsRDD over a CoGroupedRDD), but the merge is done in one
// pass per partition without building the cogroup's per-key buffers: each key keeps the previous value,
// the reduced old values and the reduced new values as they arrive. Parents already hash-partitioned
// into as many partitions (the per-batch reduceByKey, the previous window) are read partition by
// partition, as Spark skips the shuffle for co-partitioned parents; others are hashed once.
import { mapKey, partitionOf } from "../core/hash";
import { type CoGroupedRDD, type Dependency, type Emit, type Partitioner, RDD } from "../core/rdd/index";

/** What a key has seen so far in a merge. */
const PREVIOUS = 1;
const OLD = 2;
const NEW = 4;

export interface WindowMerge<V> {
  reduceFunc: (a: V, b: V) => V;
  invReduceFunc: (a: V, b: V) => V;
  /** Parents after the previous window: this many old batches, then the new ones. */
  numOld: number;
}

export class ReducedWindowMergeRDD<K, V> extends RDD<[K, V]> {
  readonly numPartitions: number;
  readonly dependencies: readonly Dependency[];
  /** Records of parents not partitioned as this RDD, hashed into this RDD's partitions once. */
  private rehashed?: Map<number, [K, V][][]>;

  constructor(
    private readonly cogrouped: CoGroupedRDD<K>,
    private readonly merge: WindowMerge<V>,
  ) {
    super(cogrouped.sc, "reduceByKeyAndWindow");
    this.numPartitions = cogrouped.numPartitions;
    this.dependencies = [{ rdd: cogrouped, shuffle: false }];
  }

  override get className(): string {
    return "MapPartitionsRDD";
  }

  override get partitioner(): Partitioner {
    return { kind: "hash", numPartitions: this.numPartitions };
  }

  // Per key, in parallel arrays indexed by the key's slot (first-seen order), rather than an object per
  // key: a window merge runs every batch over every key, and the objects were most of its garbage.
  protected computeInto(split: number, emit: Emit<[K, V]>): void {
    const { reduceFunc, invReduceFunc, numOld } = this.merge;
    const parents = this.cogrouped.rdds as readonly RDD<[K, V]>[];
    const slots = new Map<unknown, number>();
    const keys: K[] = [];
    const previous: V[] = [];
    const old: V[] = [];
    const added: V[] = [];
    const seen: number[] = [];
    /** The parent that last gave each key a value: a parent's later values for it are ignored, as
     * Spark's merge reads the head of each group. */
    const lastParent: number[] = [];
    for (let which = 0; which < parents.length; which++) {
      const role = which === 0 ? PREVIOUS : which <= numOld ? OLD : NEW;
      const add = (pair: [K, V]) => {
        const key = pair[0];
        const mk = typeof key === "object" && key !== null ? mapKey(key) : key;
        let slot = slots.get(mk);
        if (slot === undefined) {
          slot = keys.length;
          slots.set(mk, slot);
          keys.push(key);
          previous.push(undefined as V);
          old.push(undefined as V);
          added.push(undefined as V);
          seen.push(0);
          lastParent.push(-1);
        } else if (lastParent[slot] === which) return;
        lastParent[slot] = which;
        const value = pair[1];
        const flags = seen[slot];
        if (role === PREVIOUS) previous[slot] = value;
        else if (role === OLD) old[slot] = flags & OLD ? reduceFunc(old[slot], value) : value;
        else added[slot] = flags & NEW ? reduceFunc(added[slot], value) : value;
        seen[slot] = flags | role;
      };
      this.readPartition(parents, which, split, add);
    }
    for (let slot = 0; slot < keys.length; slot++) {
      const flags = seen[slot];
      if (!(flags & PREVIOUS)) {
        if (!(flags & NEW)) {
          throw new Error(
            "Neither previous window has value for key, nor new values found. Are you sure your key class hashes consistently?",
          );
        }
        emit([keys[slot], added[slot]]);
        continue;
      }
      let value = previous[slot];
      if (flags & OLD) value = invReduceFunc(value, old[slot]);
      if (flags & NEW) value = reduceFunc(value, added[slot]);
      emit([keys[slot], value]);
    }
  }

  /** Parent `which`'s records that belong to partition `split`, in the order a cogroup sees them. */
  private readPartition(
    parents: readonly RDD<[K, V]>[],
    which: number,
    split: number,
    add: Emit<[K, V]>,
  ): void {
    const parent = parents[which];
    const p = parent.partitioner;
    if (p !== undefined && p.kind === "hash" && p.numPartitions === this.numPartitions) {
      if (split < parent.numPartitions) parent.iterate(split, add);
      return;
    }
    this.rehashed ??= new Map();
    let buckets = this.rehashed.get(which);
    if (buckets === undefined) {
      const n = this.numPartitions;
      const filled: [K, V][][] = Array.from({ length: n }, () => []);
      for (let q = 0; q < parent.numPartitions; q++)
        parent.iterate(q, (pair) => filled[partitionOf(pair[0], n)].push(pair));
      buckets = filled;
      this.rehashed.set(which, buckets);
    }
    const bucket = buckets[split];
    for (let i = 0; i < bucket.length; i++) add(bucket[i]);
  }
}
