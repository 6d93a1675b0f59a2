// Spark's mapWithState: InternalMapWithStateDStream keeps the state maps (one MapWithStateRDD per batch,
// built from the previous one); MapWithStateDStream emits what the mapping function returned and offers
// stateSnapshots(), every key's state after each batch. Timeouts are checked on checkpoint batches, every
// 10 slides by default (Spark's DEFAULT_CHECKPOINT_DURATION_MULTIPLIER), or as set by checkpoint(ms).
import { DStream } from "../core/DStream";
import { type RDD, ShuffledRDD } from "../core/rdd/index";
import { MapWithStateRDD, type MapWithStateRecord } from "./MapWithStateRDD";
import { checkpointAt, isCheckpointTime } from "./ReliableCheckpointRDD";
import type { StateSpec } from "./StateSpec";
import type { HoldsState } from "./stateTypes";

const DEFAULT_CHECKPOINT_DURATION_MULTIPLIER = 10;

export class InternalMapWithStateDStream<K, V, S, U>
  extends DStream<MapWithStateRecord<K, S, U>>
  implements HoldsState
{
  readonly numPartitions: number;
  private initialPairs?: [K, S][];

  constructor(
    readonly parent: DStream<[K, V]>,
    private readonly spec: StateSpec<K, V, S, U>,
  ) {
    super(parent.ssc, "InternalMapWithStateDStream");
    this.numPartitions = spec.getNumPartitions() ?? parent.ssc.sparkContext.defaultParallelism;
    this.mustCheckpoint = true;
    this.persist();
  }

  get dependencies(): readonly DStream<any>[] {
    return [this.parent];
  }

  get slideDuration(): number {
    return this.parent.slideDuration;
  }

  override initialize(timeMs: number): void {
    this.checkpointDuration ??= this.slideDuration * DEFAULT_CHECKPOINT_DURATION_MULTIPLIER;
    super.initialize(timeMs);
  }

  compute(timeMs: number): RDD<MapWithStateRecord<K, S, U>> {
    const previous = this.getOrCompute(timeMs - this.slideDuration);
    const data = this.parent.getOrCompute(timeMs) ?? this.ssc.sparkContext.emptyRDD<[K, V]>();
    const partitioned = new ShuffledRDD<K, V>(data, this.numPartitions, "partitionBy");
    const timeout = this.spec.getTimeoutInterval();
    const rdd = new MapWithStateRDD(previous, previous ? [] : this.initialState(), partitioned, {
      fn: this.spec.mappingFunction,
      batchTime: timeMs,
      timeoutThreshold: timeout === undefined ? undefined : timeMs - timeout,
      fullScan: isCheckpointTime(this, timeMs),
    });
    return checkpointAt(this, timeMs, rdd);
  }

  private initialState(): [K, S][] {
    const initial = this.spec.getInitialState();
    this.initialPairs ??=
      initial === undefined ? [] : Array.isArray(initial) ? initial : (initial as RDD<[K, S]>).collect();
    return this.initialPairs;
  }

  stateSize(timeMs: number): number | undefined {
    const records = this.getGeneratedRDD(timeMs)?.collect();
    return records?.reduce((n, r) => n + r.stateMap.size, 0);
  }
}

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
  interface DStream<T> {
    /** Spark's mapWithState; needs ssc.checkpoint(dir). */
    mapWithState<K, V, S, U>(
      this: DStream<[K, V]>,
      spec: StateSpec<K, V, S, U>,
    ): MapWithStateDStream<K, V, S, U>;
  }
}

DStream.prototype.mapWithState = function <K, V, S, U>(
  this: DStream<[K, V]>,
  spec: StateSpec<K, V, S, U>,
): MapWithStateDStream<K, V, S, U> {
  return new MapWithStateDStream(this, spec);
};
