// Spark's joins are flatMapValues over a cogroup: for each key, every left value with every right value
// (an outer join puts None for a missing side). The lineage drawn here stays Spark's (the join's RDD over
// the cogroup's), but the join is computed from the two parents directly: each key's values go to plain
// arrays (the first two values inline), not to the cogroup's CompactBuffers, and parents already
// hash-partitioned into as many partitions are read partition by partition (no shuffle, as Spark).
// Output order is the cogroup's: keys in first-seen order, left values outer, right values inner.
import { mapKey, partitionOf } from "../hash";
import { OPTION_FIRST, OPTION_SECOND, optionTuple } from "../scalaBuffers";
import { type Dependency, type Emit, type Partitioner, RDD } from "./RDD";

/** One key's values on both sides: the first two values inline, the others (if any) in an array. One
 * object a key, found through the partition's Map, costs less than a slot in eight parallel arrays, and
 * keys with one or two values a side (most joins) allocate nothing more. */
class KeyGroup<K> {
  v: unknown = undefined;
  v2: unknown = undefined;
  vMore: unknown[] | undefined = undefined;
  nv = 0;
  w: unknown = undefined;
  w2: unknown = undefined;
  wMore: unknown[] | undefined = undefined;
  nw = 0;
  constructor(readonly key: K) {}
}

/**
 * A group from the last join, kept alive on purpose. V8 keeps an object shape (its hidden class, with the
 * field kinds the groups were given) only while some object has it; the join's optimized code and type
 * feedback refer to that shape weakly. Without a live group between joins (between batches), each join
 * found its shapes collected, dropped its optimized code and ran unoptimized again (measured: about 40
 * deoptimizations a join, and a third more CPU time).
 */
let shapeKeeper: KeyGroup<unknown> | undefined;

const leftValue = (g: KeyGroup<unknown>, i: number): unknown =>
  i === 0 ? g.v : i === 1 ? g.v2 : g.vMore![i - 2];
const rightValue = (g: KeyGroup<unknown>, j: number): unknown =>
  j === 0 ? g.w : j === 1 ? g.w2 : g.wMore![j - 2];

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
    const order = this.tables[split].order;
    const options = this.options;
    if (options === 0) {
      // inner join: only keys with values on both sides (the table holds no right-only keys)
      for (let s = 0; s < order.length; s++) {
        const g = order[s];
        const nv = g.nv;
        const nw = g.nw;
        if (nv === 0 || nw === 0) continue;
        const key = g.key;
        for (let i = 0; i < nv; i++) {
          const v = i === 0 ? g.v : leftValue(g, i);
          emit([key, [v, g.w]] as T);
          for (let j = 1; j < nw; j++) emit([key, [v, rightValue(g, j)]] as T);
        }
      }
      return;
    }
    const leftOptional = (options & OPTION_FIRST) !== 0;
    const rightOptional = (options & OPTION_SECOND) !== 0;
    const out = (key: K, v: unknown, w: unknown) => emit([key, optionTuple([v, w], options)] as T);
    for (let s = 0; s < order.length; s++) {
      const g = order[s];
      const key = g.key;
      const nv = g.nv;
      const nw = g.nw;
      if (nv === 0 && !leftOptional) continue;
      if (nw === 0 && !rightOptional) continue;
      if (nv === 0) {
        for (let j = 0; j < nw; j++) out(key, undefined, rightValue(g, j));
        continue;
      }
      for (let i = 0; i < nv; i++) {
        const v = leftValue(g, i);
        if (nw === 0) out(key, v, undefined);
        else for (let j = 0; j < nw; j++) out(key, v, rightValue(g, j));
      }
    }
  }

  private buildTables(): Table<K>[] {
    const n = this.numPartitions;
    const tables: Table<K>[] = Array.from({ length: n }, () => ({ groups: new Map(), order: [] }));
    // Each side has its own loop body (no shared `add` call that sees both sides' functions).
    let fixed: Table<K> | undefined;
    const addLeft = (pair: [K, V]) => {
      const key = pair[0];
      const t = fixed ?? tables[partitionOf(key, n)];
      const mk = typeof key === "object" && key !== null ? mapKey(key) : key;
      let g = t.groups.get(mk);
      if (g === undefined) {
        g = new KeyGroup(key);
        t.groups.set(mk, g);
        t.order.push(g);
      }
      const count = g.nv++;
      if (count === 0) g.v = pair[1];
      else if (count === 1) g.v2 = pair[1];
      else if (count === 2) g.vMore = [pair[1]];
      else g.vMore!.push(pair[1]);
    };
    // A key only the right side has yields nothing unless the left side is optional: no group for it.
    const rightOnlyKeys = (this.options & OPTION_FIRST) !== 0;
    const addRight = (pair: [K, W]) => {
      const key = pair[0];
      const t = fixed ?? tables[partitionOf(key, n)];
      const mk = typeof key === "object" && key !== null ? mapKey(key) : key;
      let g = t.groups.get(mk);
      if (g === undefined) {
        if (!rightOnlyKeys) return;
        g = new KeyGroup(key);
        t.groups.set(mk, g);
        t.order.push(g);
      }
      const count = g.nw++;
      if (count === 0) g.w = pair[1];
      else if (count === 1) g.w2 = pair[1];
      else if (count === 2) g.wMore = [pair[1]];
      else g.wMore!.push(pair[1]);
    };
    // Every record of each parent into its partition's table, in the order a cogroup reads them; a
    // parent already hash-partitioned into as many partitions is read partition by partition.
    for (const [parent, add] of [
      [this.left, addLeft],
      [this.right, addRight],
    ] as [RDD<[K, unknown]>, (pair: [K, unknown]) => void][]) {
      const p = parent.partitioner;
      const copartitioned = p !== undefined && p.kind === "hash" && p.numPartitions === n;
      for (let q = 0; q < parent.numPartitions; q++) {
        fixed = copartitioned ? tables[q] : n === 1 ? tables[0] : undefined;
        parent.iterate(q, add);
      }
    }
    shapeKeeper = tables.find((t) => t.order.length > 0)?.order[0] ?? shapeKeeper;
    return tables;
  }
}
