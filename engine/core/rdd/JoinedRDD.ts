// Spark's joins are flatMapValues over a cogroup: for each key, every left value with every right value
// (an outer join puts None for a missing side). The lineage drawn here stays Spark's (the join's RDD over
// the cogroup's), but the join is computed from the two parents directly: each key's values go to plain
// arrays (the first value inline), not to the cogroup's CompactBuffers, and parents already
// hash-partitioned into as many partitions are read partition by partition (no shuffle, as Spark).
// Output order is the cogroup's: keys in first-seen order, left values outer, right values inner.
import { mapKey, partitionOf } from "../hash";
import { OPTION_FIRST, OPTION_SECOND, optionTuple } from "../scalaBuffers";
import { type Dependency, type Emit, type Partitioner, RDD } from "./RDD";

/** One key's values on both sides: the first value inline, the others (if any) in an array. One object a
 * key, found through the partition's Map, costs less than a slot in eight parallel arrays. */
class KeyGroup<K> {
  v: unknown = undefined;
  vMore: unknown[] | undefined = undefined;
  nv = 0;
  w: unknown = undefined;
  wMore: unknown[] | undefined = undefined;
  nw = 0;
  constructor(readonly key: K) {}
}

/** One partition's keys, in first-seen order. */
interface Table<K> {
  groups: Map<unknown, KeyGroup<K>>;
  order: KeyGroup<K>[];
}

export class JoinedRDD<K, V, W, T> extends RDD<T> {
  readonly numPartitions: number;
  readonly dependencies: readonly Dependency[];
  private tables?: Table<K>[];

  /** `lineage` is the cogroup Spark's join is drawn over; `options`: OPTION_FIRST/SECOND bits of the
   * sides that are Options (0 for an inner join). */
  constructor(
    lineage: RDD<unknown>,
    private readonly left: RDD<[K, V]>,
    private readonly right: RDD<[K, W]>,
    private readonly options: number,
    op: string,
  ) {
    super(left.sc, op);
    this.numPartitions = lineage.numPartitions;
    this.dependencies = [{ rdd: lineage, shuffle: false }];
  }

  override get className(): string {
    return "MapPartitionsRDD";
  }

  override get partitioner(): Partitioner {
    return { kind: "hash", numPartitions: this.numPartitions };
  }

  protected computeInto(split: number, emit: Emit<T>): void {
    this.tables ??= this.buildTables();
    const t = this.tables[split];
    const options = this.options;
    const leftOptional = (options & OPTION_FIRST) !== 0;
    const rightOptional = (options & OPTION_SECOND) !== 0;
    const out = (key: K, v: unknown, w: unknown) =>
      emit((options === 0 ? [key, [v, w]] : [key, optionTuple([v, w], options)]) as T);
    const order = t.order;
    for (let s = 0; s < order.length; s++) {
      const g = order[s];
      const key = g.key;
      const nv = g.nv;
      const nw = g.nw;
      if (nv === 0 && !leftOptional) continue;
      if (nw === 0 && !rightOptional) continue;
      if (nv === 0) {
        for (let j = 0; j < nw; j++) out(key, undefined, j === 0 ? g.w : g.wMore![j - 1]);
        continue;
      }
      for (let i = 0; i < nv; i++) {
        const v = i === 0 ? g.v : g.vMore![i - 1];
        if (nw === 0) out(key, v, undefined);
        else {
          out(key, v, g.w);
          const more = g.wMore;
          if (more !== undefined) for (let j = 0; j < more.length; j++) out(key, v, more[j]);
        }
      }
    }
  }

  private buildTables(): Table<K>[] {
    const n = this.numPartitions;
    const tables: Table<K>[] = Array.from({ length: n }, () => ({ groups: new Map(), order: [] }));
    const groupOf = (t: Table<K>, key: K): KeyGroup<K> => {
      const mk = typeof key === "object" && key !== null ? mapKey(key) : key;
      let g = t.groups.get(mk);
      if (g === undefined) {
        g = new KeyGroup(key);
        t.groups.set(mk, g);
        t.order.push(g);
      }
      return g;
    };
    const addLeft = (t: Table<K>, pair: [K, V]) => {
      const g = groupOf(t, pair[0]);
      const count = g.nv++;
      if (count === 0) g.v = pair[1];
      else if (count === 1) g.vMore = [pair[1]];
      else g.vMore!.push(pair[1]);
    };
    const addRight = (t: Table<K>, pair: [K, W]) => {
      const g = groupOf(t, pair[0]);
      const count = g.nw++;
      if (count === 0) g.w = pair[1];
      else if (count === 1) g.wMore = [pair[1]];
      else g.wMore!.push(pair[1]);
    };
    this.readInto(this.left, tables, addLeft);
    this.readInto(this.right, tables, addRight);
    return tables;
  }

  /** Every record of `parent` into its partition's table, in the order a cogroup reads them. */
  private readInto<P extends [K, unknown]>(
    parent: RDD<P>,
    tables: Table<K>[],
    add: (t: Table<K>, pair: P) => void,
  ): void {
    const n = this.numPartitions;
    const p = parent.partitioner;
    const copartitioned = p !== undefined && p.kind === "hash" && p.numPartitions === n;
    for (let q = 0; q < parent.numPartitions; q++) {
      if (copartitioned) {
        const t = tables[q];
        parent.iterate(q, (pair) => add(t, pair));
      } else if (n === 1) {
        const t = tables[0];
        parent.iterate(q, (pair) => add(t, pair));
      } else parent.iterate(q, (pair) => add(tables[partitionOf(pair[0], n)], pair));
    }
  }
}
