// Spark's mapWithState: InternalMapWithStateDStream keeps the state maps (one MapWithStateRDD per batch,
// built from the previous one); MapWithStateDStream emits what the mapping function returned and offers
// stateSnapshots(), every key's state after each batch. Timeouts are checked on checkpoint batches, every
// 10 slides by default (Spark's DEFAULT_CHECKPOINT_DURATION_MULTIPLIER), or as set by checkpoint(ms).
import { DStream } from "../core/DStream";
import type { RDD } from "../core/rdd/index";
import { InternalMapWithStateDStream } from "./InternalMapWithStateDStream";
import type { StateSpec } from "./StateSpec";
import type { HoldsState } from "./stateTypes";

export { InternalMapWithStateDStream };

export class MapWithStateDStream<K, V, S, U> extends DStream<U> implements HoldsState {
  readonly internalStream: InternalMapWithStateDStream<K, V, S, U>;

  constructor(parent: DStream<[K, V]>, spec: StateSpec<K, V, S, U>) {
    super(parent.ssc, "MapWithStateDStreamImpl");
    this.internalStream = new InternalMapWithStateDStream(parent, spec);
  }

  get dependencies(): readonly DStream<any>[] {
    return [this.internalStream];
  }

  get slideDuration(): number {
    return this.internalStream.slideDuration;
  }

  compute(timeMs: number): RDD<U> | undefined {
    return this.internalStream.getOrCompute(timeMs)?.flatMap((record) => record.mappedData);
  }

  /** Only the internal stream is checkpointed (it holds the state). */
  override checkpoint(intervalMs: number): this {
    this.internalStream.checkpoint(intervalMs);
    return this;
  }

  /** Every key's state after each batch, as [key, state] pairs. */
  stateSnapshots(): DStream<[K, S]> {
    return this.internalStream.flatMap((record) =>
      Array.from(record.stateMap.values(), (entry): [K, S] => [entry.key, entry.state]),
    );
  }

  stateSize(timeMs: number): number | undefined {
    return this.internalStream.stateSize(timeMs);
  }
}

declare module "../core/DStream" {
  interface FluentMethods<T> {
    /** Spark's mapWithState; needs ssc.checkpoint(dir). */
    mapWithState<K, V, S, U>(
      this: DStream<[K, V]>,
      spec: StateSpec<K, V, S, U>,
    ): MapWithStateDStream<K, V, S, U>;
  }
}

export function mapWithStateMethod<K, V, S, U>(
  this: DStream<[K, V]>,
  spec: StateSpec<K, V, S, U>,
): MapWithStateDStream<K, V, S, U> {
  return new MapWithStateDStream(this, spec);
}
