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
  /** Per partition, the tables the stream's merges reuse (held by the DStream across batches). */
  scratch?: MergeScratch<unknown, V>[];
}

/**
 * A partition's key tables, kept from one window's merge to the next: a window sees mostly the keys the
 * previous one saw, so a key keeps its slot and the arrays their capacity, and a merge allocates only for
 * keys it has never seen. A key counts as seen in this merge when its stamp is this merge's epoch; `order`
 * lists this merge's slots in first-seen order. Rebuilt when it holds far more keys than merges use.
 */
export class MergeScratch<K, V> {
  slots = new Map<unknown, number>();
  keys: K[] = [];
  previous: V[] = [];
  old: V[] = [];
  added: V[] = [];
  seen: number[] = [];
  /** The parent that last gave each key a value in this merge. */
  lastParent: number[] = [];
  stamp: number[] = [];
  order: number[] = [];
  epoch = 0;
  /** In use by a merge (a previous window computed from inside this one gets its own tables). */
  busy = false;

  reset(): void {
    this.slots = new Map();
    this.keys = [];
    this.previous = [];
    this.old = [];
    this.added = [];
    this.seen = [];
    this.lastParent = [];
    this.stamp = [];
    this.order = [];
  }
}

/** Keys held beyond what a merge used, at which the tables are rebuilt (keys that left stay until then). */
const SPARE_KEYS = 4096;

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

  // Per key, in parallel arrays indexed by the key's slot, rather than an object per key: a window merge
  // runs every batch over every key, and the objects were most of its garbage. The arrays and the
  // key -> slot map are the stream's, reused by the next window's merge (MergeScratch).
  protected computeInto(split: number, emit: Emit<[K, V]>): void {
    const { reduceFunc, invReduceFunc, numOld } = this.merge;
    const parents = this.cogrouped.rdds as readonly RDD<[K, V]>[];
    const kept = this.merge.scratch;
    let t = kept?.[split] as MergeScratch<K, V> | undefined;
    if (kept !== undefined && t === undefined) kept[split] = t = new MergeScratch<K, V>() as never;
    if (t === undefined || t.busy) t = new MergeScratch<K, V>();
    const tables = t;
    tables.busy = true;
    try {
      const epoch = ++tables.epoch;
      const { slots, keys, previous, old, added, seen, lastParent, stamp, order } = tables;
      let count = 0;
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
            stamp.push(epoch - 1);
          }
          if (stamp[slot] !== epoch) {
            stamp[slot] = epoch;
            keys[slot] = key; // the key as this merge first saw it
            seen[slot] = 0;
            order[count++] = slot;
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
      for (let i = 0; i < count; i++) {
        const slot = order[i];
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
      if (keys.length > 4 * count + SPARE_KEYS) tables.reset();
    } finally {
      tables.busy = false;
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
