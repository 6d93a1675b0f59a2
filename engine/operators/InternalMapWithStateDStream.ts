// Spark's InternalMapWithStateDStream: the state of mapWithState, one MapWithStateRDD per batch built
// from the previous one (or from the spec's initial state) and this batch's data, hash-partitioned by key.
// It must be checkpointed; its checkpoint interval defaults to 10 slides, and timeouts are looked for on
// checkpoint batches only, as in Spark.
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
