// Spark's StateDStream (updateStateByKey): the state RDD at t is the state RDD at t - slide cogrouped with
// the batch at t; the update function runs for EVERY key in either, so keys without new values get an
// empty array, and returning undefined (Spark's None) removes the key.
//   previous state & batch     -> cogroup(batch, previous state)
//   previous state, no batch   -> f([], state) for every key
//   no previous state, batch   -> cogroup(batch, initial state) or groupByKey(batch) with state undefined
//   neither                    -> no RDD
import { DStream } from "../core/DStream";
import { requireThat } from "../core/errors";
import type { RDD } from "../core/rdd/index";
import { checkpointAt } from "./ReliableCheckpointRDD";
import type { HoldsState } from "./stateTypes";

export type UpdateFunc<V, S> = (values: V[], state: S | undefined) => S | undefined;

export interface UpdateStateOptions<K, S> {
  /** Spark's initialRDD: the state before the first batch. */
  initialState?: [K, S][] | RDD<[K, S]>;
  numPartitions?: number;
}

export class StateDStream<K, V, S> extends DStream<[K, S]> implements HoldsState {
  constructor(
    readonly parent: DStream<[K, V]>,
    private readonly updateFunc: UpdateFunc<V, S>,
    readonly numPartitions: number,
    private readonly initialState?: [K, S][] | RDD<[K, S]>,
  ) {
    super(parent.ssc, "StateDStream");
    this.mustCheckpoint = true;
    this.persist();
  }

  get dependencies(): readonly DStream<any>[] {
    return [this.parent];
  }

  get slideDuration(): number {
    return this.parent.slideDuration;
  }

  compute(timeMs: number): RDD<[K, S]> | undefined {
    const state = this.computeState(timeMs);
    return state && checkpointAt(this, timeMs, state);
  }

  private computeState(timeMs: number): RDD<[K, S]> | undefined {
    const previous = this.getOrCompute(timeMs - this.slideDuration);
    const batch = this.parent.getOrCompute(timeMs);
    if (previous && !batch) {
      return previous.pipe<[K, S]>(
        "updateStateByKey",
        (emit) =>
          ([key, state]) =>
            this.update(emit, key, [], state),
        undefined,
        true, // Spark's mapPartitions(finalFunc, preservePartitioning = true)
      );
    }
    if (!batch) return undefined;
    const before = previous ?? this.initialRDD();
    if (!before) {
      return batch.groupByKey(this.numPartitions).pipe<[K, S]>(
        "updateStateByKey",
        (emit) =>
          ([key, values]) =>
            this.update(emit, key, values, undefined),
        undefined,
        true,
      );
    }
    return batch.cogroup(before, this.numPartitions).pipe<[K, S]>(
      "updateStateByKey",
      (emit) =>
        ([key, [values, states]]) =>
          this.update(emit, key, values, states.length > 0 ? states[0] : undefined),
      undefined,
      true,
    );
  }

  private update(emit: (pair: [K, S]) => void, key: K, values: V[], state: S | undefined): void {
    const next = this.updateFunc(values, state);
    if (next !== undefined) emit([key, next]);
  }

  private initialRDD(): RDD<[K, S]> | undefined {
    const initial = this.initialState;
    if (initial === undefined) return undefined;
    return Array.isArray(initial) ? this.ssc.sparkContext.parallelize(initial) : (initial as RDD<[K, S]>);
  }

  /** Keys held after the batch at `timeMs` (undefined when no state RDD exists for that time). */
  stateSize(timeMs: number): number | undefined {
    return this.getGeneratedRDD(timeMs)?.count();
  }
}

declare module "../core/DStream" {
  interface FluentMethods<T> {
    /** Spark's updateStateByKey; needs ssc.checkpoint(dir). Options may also be just numPartitions. */
    updateStateByKey<K, V, S>(
      this: DStream<[K, V]>,
      updateFunc: UpdateFunc<V, S>,
      options?: UpdateStateOptions<K, S> | number,
    ): DStream<[K, S]>;
  }
}

export function updateStateByKeyMethod<K, V, S>(
  this: DStream<[K, V]>,
  updateFunc: UpdateFunc<V, S>,
  options: UpdateStateOptions<K, S> | number = {},
): DStream<[K, S]> {
  const opts = typeof options === "number" ? { numPartitions: options } : options;
  const n = opts.numPartitions ?? this.ssc.sparkContext.defaultParallelism;
  // Spark builds new HashPartitioner(numPartitions) here, which refuses a negative count.
  requireThat(n >= 0, `Number of partitions (${n}) cannot be negative.`);
  return new StateDStream(this, updateFunc, n, opts.initialState);
}
