// Spark's joins are flatMapValues over a cogroup: for each key, every left value with every right value
// (an outer join puts None for a missing side). The lineage drawn here stays Spark's (the join's RDD over
// the cogroup's), but the join is computed from the two parents directly: each key's values go to plain
// arrays (the first value inline), not to the cogroup's CompactBuffers, and parents already
// hash-partitioned into as many partitions are read partition by partition (no shuffle, as Spark).
// Output order is the cogroup's: keys in first-seen order, left values outer, right values inner.
import { mapKey, partitionOf } from "../engine/core/hash";
import { OPTION_FIRST, OPTION_SECOND, optionTuple } from "../engine/core/scalaBuffers";
import { type Dependency, type Emit, type Partitioner, RDD } from "../engine/core/rdd/RDD";

/** One partition's keys, by slot in first-seen order. */
interface Table<K> {
  slots: Map<unknown, number>;
  keys: K[];
  /** Each side's first value, its other values (undefined when none) and its value count. */
  v: unknown[];
  vMore: (unknown[] | undefined)[];
  nv: number[];
  w: unknown[];
  wMore: (unknown[] | undefined)[];
  nw: number[];
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
    for (let s = 0; s < t.keys.length; s++) {
      const key = t.keys[s];
      const nv = t.nv[s];
      const nw = t.nw[s];
      if (nv === 0 && !leftOptional) continue;
      if (nw === 0 && !rightOptional) continue;
      if (nv === 0) {
        for (let j = 0; j < nw; j++) out(key, undefined, j === 0 ? t.w[s] : t.wMore[s]![j - 1]);
        continue;
      }
      for (let i = 0; i < nv; i++) {
        const v = i === 0 ? t.v[s] : t.vMore[s]![i - 1];
        if (nw === 0) out(key, v, undefined);
        else {
          out(key, v, t.w[s]);
          const more = t.wMore[s];
          if (more !== undefined) for (let j = 0; j < more.length; j++) out(key, v, more[j]);
        }
      }
    }
  }

  private buildTables(): Table<K>[] {
    const n = this.numPartitions;
    const tables: Table<K>[] = Array.from({ length: n }, () => ({
      slots: new Map(),
      keys: [],
      v: [],
      vMore: [],
      nv: [],
      w: [],
      wMore: [],
      nw: [],
    }));
    const slotOf = (t: Table<K>, key: K): number => {
      const mk = typeof key === "object" && key !== null ? mapKey(key) : key;
      let s = t.slots.get(mk);
      if (s === undefined) {
        s = t.keys.length;
        t.slots.set(mk, s);
        t.keys.push(key);
        t.v.push(undefined);
        t.vMore.push(undefined);
        t.nv.push(0);
        t.w.push(undefined);
        t.wMore.push(undefined);
        t.nw.push(0);
      }
      return s;
    };
    const addLeft = (t: Table<K>, pair: [K, V]) => {
      const s = slotOf(t, pair[0]);
      const count = t.nv[s]++;
      if (count === 0) t.v[s] = pair[1];
      else if (count === 1) t.vMore[s] = [pair[1]];
      else t.vMore[s]!.push(pair[1]);
    };
    const addRight = (t: Table<K>, pair: [K, W]) => {
      const s = slotOf(t, pair[0]);
      const count = t.nw[s]++;
      if (count === 0) t.w[s] = pair[1];
      else if (count === 1) t.wMore[s] = [pair[1]];
      else t.wMore[s]!.push(pair[1]);
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
