// Spark's RDD checkpointing, as far as a simulation needs it: stateful streams build each RDD from the
// previous one, so without a cut their lineage (and every shuffle's buffers along it) would grow with
// every batch. At checkpoint times their RDD is wrapped here: once all partitions are computed, the data
// is kept and the lineage dropped, so toDebugString shows Spark's ReliableCheckpointRDD from then on.
import type { DStream } from "../core/DStream";
import { type Dependency, type Emit, type Partitioner, RDD } from "../core/rdd/index";
import { isMultipleOf } from "../core/time";

export class ReliableCheckpointRDD<T> extends RDD<T> {
  readonly numPartitions: number;
  private source?: RDD<T>;
  private readonly parts: (T[] | undefined)[];
  /** Spark's ReliableCheckpointRDD keeps the partitioner of the RDD it saved. */
  private readonly savedPartitioner?: Partitioner;
  private missing: number;

  constructor(source: RDD<T>) {
    super(source.sc, source.creationSite);
    this.source = source;
    this.savedPartitioner = source.partitioner;
    this.numPartitions = source.numPartitions;
    this.parts = new Array(this.numPartitions);
    this.missing = this.numPartitions;
  }

  get dependencies(): readonly Dependency[] {
    return this.source ? [{ rdd: this.source, shuffle: false }] : [];
  }

  override get partitioner(): Partitioner | undefined {
    return this.savedPartitioner;
  }

  override get className(): string {
    return this.source ? "MapPartitionsRDD" : "ReliableCheckpointRDD";
  }

  /** True once the data is saved and the lineage cut. */
  get isCheckpointed(): boolean {
    return this.source === undefined;
  }

  protected computeInto(split: number, emit: Emit<T>): void {
    let part = this.parts[split];
    if (part === undefined) {
      part = this.source!.computePartition(split);
      this.parts[split] = part;
      if (--this.missing === 0) this.source = undefined;
    }
    for (let i = 0; i < part.length; i++) emit(part[i]);
  }
}

/** Spark checkpoints a stream's RDD when (t - zeroTime) is a multiple of its checkpoint interval. */
export function isCheckpointTime(stream: DStream<any>, timeMs: number): boolean {
  const cp = stream.checkpointDuration;
  return cp !== undefined && stream.zeroTime !== undefined && isMultipleOf(timeMs - stream.zeroTime, cp);
}

/** The RDD, wrapped for checkpointing when `timeMs` is one of the stream's checkpoint times. */
export function checkpointAt<T>(stream: DStream<any>, timeMs: number, rdd: RDD<T>): RDD<T> {
  return isCheckpointTime(stream, timeMs) ? new ReliableCheckpointRDD(rdd) : rdd;
}
