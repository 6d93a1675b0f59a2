// Spark's MapWithStateRDD: one record per partition holding that partition's state map and the records
// the mapping function returned in this batch. Per data record (key, value): call the function with the
// key's state; remove the key if it called remove(), store it (stamped with the batch time) if it updated
// it, or if a timeout is set and the state exists (so touching a key keeps it alive). On a full scan
// (checkpoint batches, as Spark's doFullScan) every key idle since before the threshold is called once
// more with value undefined and isTimingOut() true, then removed.
// Each batch's state map is a delta over the previous batch's (StateMap.ts), so a batch costs the keys
// it touches, not the keys held.
import { mapKey, partitionOf } from "../core/hash";
import { type Dependency, type Emit, RDD } from "../core/rdd/index";
import { StateImpl } from "./State";
import { StateMap } from "./StateMap";
import type { MappingFunction } from "./StateSpec";

export interface StateEntry<K, S> {
  key: K;
  state: S;
  updateTime: number;
}

export interface MapWithStateRecord<K, S, U> {
  stateMap: StateMap<StateEntry<K, S>>;
  mappedData: U[];
}

export interface MapWithStateStep<K, V, S, U> {
  fn: MappingFunction<K, V, S, U>;
  batchTime: number;
  /** Keys last updated before this time are timing out (batch time - timeout), if a timeout is set. */
  timeoutThreshold?: number;
  /** Look for timed-out keys in this batch (Spark does it on checkpoint batches). */
  fullScan: boolean;
}

export class MapWithStateRDD<K, V, S, U> extends RDD<MapWithStateRecord<K, S, U>> {
  readonly numPartitions: number;
  readonly dependencies: readonly Dependency[];

  /** `previous` is the last state RDD; without one, the state starts from `initial` pairs. */
  constructor(
    private readonly previous: RDD<MapWithStateRecord<K, S, U>> | undefined,
    private readonly initial: readonly [K, S][],
    private readonly data: RDD<[K, V]>,
    private readonly step: MapWithStateStep<K, V, S, U>,
  ) {
    super(data.sc, "mapWithState");
    this.numPartitions = data.numPartitions;
    this.dependencies = [
      ...(previous ? [{ rdd: previous, shuffle: false }] : []),
      { rdd: data, shuffle: false },
    ];
  }

  protected computeInto(split: number, emit: Emit<MapWithStateRecord<K, S, U>>): void {
    const { fn, batchTime, timeoutThreshold, fullScan } = this.step;
    const stateMap = this.startingState(split);
    const mappedData: U[] = [];
    const state = new StateImpl<S>();
    this.data.iterate(split, ([key, value]) => {
      const mk = mapKey(key);
      const entry = stateMap.get(mk);
      state.wrap(entry !== undefined, entry?.state);
      const out = fn(key, value, state);
      if (state.isRemoved()) stateMap.remove(mk);
      else if (state.isUpdated() || (state.exists() && timeoutThreshold !== undefined)) {
        stateMap.put(mk, { key, state: state.get(), updateTime: batchTime }, entry !== undefined);
      }
      if (out !== undefined) mappedData.push(out);
    });
    if (fullScan && timeoutThreshold !== undefined) {
      const timingOut: StateEntry<K, S>[] = [];
      for (const entry of stateMap.values()) if (entry.updateTime < timeoutThreshold) timingOut.push(entry);
      for (const entry of timingOut) {
        state.wrapTimingOutState(entry.state);
        const out = fn(entry.key, undefined, state);
        if (out !== undefined) mappedData.push(out);
        stateMap.remove(mapKey(entry.key));
      }
    }
    // Spark compacts a long chain when it checkpoints; compacting here moves the table instead of
    // copying it, so it is cheap enough to do whenever the chain is long.
    if (stateMap.shouldCompact()) stateMap.compact();
    emit({ stateMap, mappedData });
  }

  /** A delta over the previous batch's state map for this partition (which stays as it was). */
  private startingState(split: number): StateMap<StateEntry<K, S>> {
    const previous = this.previous?.computePartition(split)[0]?.stateMap;
    if (previous) return previous.copy();
    const map = StateMap.empty<StateEntry<K, S>>();
    if (this.previous) return map;
    for (const [key, state] of this.initial) {
      if (partitionOf(key, this.numPartitions) === split) {
        map.put(mapKey(key), { key, state, updateTime: this.step.batchTime });
      }
    }
    return map;
  }
}
