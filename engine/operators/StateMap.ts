// Spark's StateMap for mapWithState (OpenHashMapBasedStateMap): each batch's state is a new map holding
// only what that batch changed (its delta) over a parent, the previous batch's map, which stays as it
// was. copy() is O(1), so a batch costs what it touches, not the state it holds. Lookups walk the parent
// chain; Spark compacts the chain (one map of everything) when it is checkpointed and longer than
// DELTA_CHAIN_LENGTH_THRESHOLD.
//
// Compaction here keeps the one big hash table and moves it instead of copying it (Baker's rerooting of
// persistent structures): the table is handed from a parent to its child by applying the child's delta to
// it, while the parent gets, as its new delta, the values the child overwrote (an undo log) and the child
// as its parent. Every older map still reads exactly what it read before, and compacting costs the deltas
// applied, not the state held.

/** A key removed in a delta, hiding the parent's value (Spark's StateInfo.deleted). */
const DELETED: unique symbol = Symbol("deleted");
type Slot<E> = E | typeof DELETED;

/** Spark's DELTA_CHAIN_LENGTH_THRESHOLD is 20 because compacting there copies the whole state; here it
 * costs only the deltas moved (about one more write per write). 2 compacts after every batch, while the
 * table slots the batch just read are still in the CPU cache: with a million keys held, compacting a few
 * batches later found them evicted (a cache miss per key moved, the larger share of a batch). */
export const DELTA_CHAIN_LENGTH_THRESHOLD = 2;

export class StateMap<E> {
  /** This map's own changes over its parent; for the root (no parent), every entry. */
  private delta: Map<unknown, Slot<E>>;
  private parent: StateMap<E> | undefined;
  private count: number;
  /** Copied or compacted: other maps may read through this one, so it must not change any more. */
  private frozen = false;

  private constructor(parent: StateMap<E> | undefined) {
    this.delta = new Map();
    this.parent = parent;
    this.count = parent ? parent.count : 0;
  }

  static empty<E>(): StateMap<E> {
    return new StateMap<E>(undefined);
  }

  /** A new map over this one: changes to it never show in this one (Spark's StateMap.copy). */
  copy(): StateMap<E> {
    this.frozen = true;
    return new StateMap<E>(this);
  }

  get size(): number {
    return this.count;
  }

  get(key: unknown): E | undefined {
    let map: StateMap<E> | undefined = this;
    do {
      const slot = map.delta.get(key);
      if (slot !== undefined) return slot === DELETED ? undefined : slot;
      map = map.parent;
    } while (map !== undefined);
    return undefined;
  }

  /** `present`: whether the key has an entry now, when the caller has just looked (saves a lookup). */
  put(key: unknown, entry: E, present?: boolean): void {
    this.assertWritable();
    if (present === undefined)
      present = this.parent === undefined ? this.delta.has(key) : this.get(key) !== undefined;
    if (!present) this.count++;
    this.delta.set(key, entry);
  }

  remove(key: unknown): void {
    this.assertWritable();
    if (this.get(key) === undefined) return;
    this.count--;
    if (this.parent === undefined || this.parent.get(key) === undefined) this.delta.delete(key);
    else this.delta.set(key, DELETED);
  }

  private assertWritable(): void {
    if (this.frozen) throw new Error("A state map cannot change once copied or compacted");
  }

  /** Maps between this one and the root (the one holding the full table), this one included. */
  chainLength(): number {
    let n = 0;
    for (let map: StateMap<E> | undefined = this; map !== undefined; map = map.parent) n++;
    return n;
  }

  /** Spark's shouldCompact: the chain is long enough that lookups should stop walking it. */
  shouldCompact(threshold = DELTA_CHAIN_LENGTH_THRESHOLD): boolean {
    return this.chainLength() >= threshold;
  }

  /** Make this map the root, holding the full table; maps along the old chain keep their contents. */
  compact(): void {
    this.frozen = true;
    const path: StateMap<E>[] = [];
    for (let map: StateMap<E> | undefined = this; map !== undefined; map = map.parent) path.push(map);
    // hand the table down, one edge at a time, from the root to this map
    for (let i = path.length - 1; i > 0; i--) path[i - 1].takeTableFrom(path[i]);
  }

  /** `parent` holds the full table and is this map's parent: afterwards the reverse holds. */
  private takeTableFrom(parent: StateMap<E>): void {
    const table = parent.delta;
    const undo = new Map<unknown, Slot<E>>();
    for (const [key, slot] of this.delta) {
      const before = table.get(key);
      undo.set(key, before === undefined ? DELETED : before);
      if (slot === DELETED) table.delete(key);
      else table.set(key, slot);
    }
    parent.delta = undo;
    parent.parent = this;
    this.delta = table;
    this.parent = undefined;
  }

  /** Every entry of this map: older keys in their first-seen order, then keys new in the deltas. */
  *values(): IterableIterator<E> {
    if (this.parent === undefined) {
      for (const slot of this.delta.values()) if (slot !== DELETED) yield slot;
      return;
    }
    const chain: StateMap<E>[] = [];
    let root: StateMap<E> = this;
    while (root.parent !== undefined) {
      chain.push(root);
      root = root.parent;
    }
    const overrides = new Map<unknown, Slot<E>>();
    for (let i = chain.length - 1; i >= 0; i--)
      for (const [k, slot] of chain[i].delta) overrides.set(k, slot);
    for (const [k, slot] of root.delta) {
      const newest = overrides.has(k) ? overrides.get(k)! : slot;
      if (newest !== DELETED) yield newest;
    }
    for (const [k, slot] of overrides) if (slot !== DELETED && !root.delta.has(k)) yield slot;
  }
}
