// Spark's BlockRDD: the RDD a receiver's input stream generates each batch, one partition per block the
// receiver stored in the batch interval (ReceiverInputDStream.createBlockRDD). A batch without blocks is
// a BlockRDD of no partitions. The blocks live in memory here: block i is the i-th contiguous slice of
// the batch's records, in the order the receiver stored them.
import type { SparkContext } from "../SparkContext";
import { type Dependency, type Emit, RDD } from "./RDD";

export class BlockRDD<T> extends RDD<T> {
  override get className(): string {
    return "BlockRDD";
  }
  readonly dependencies: readonly Dependency[] = [];
  readonly numPartitions: number;

  constructor(
    sc: SparkContext,
    private readonly records: readonly T[],
    numBlocks: number,
    creationSite = "receiverStream",
  ) {
    super(sc, creationSite);
    this.numPartitions = records.length === 0 ? 0 : Math.max(1, Math.floor(numBlocks));
  }

  protected computeInto(split: number, emit: Emit<T>): void {
    const n = this.records.length;
    const start = Math.floor((split * n) / this.numPartitions);
    const end = Math.floor(((split + 1) * n) / this.numPartitions);
    for (let i = start; i < end; i++) emit(this.records[i]);
  }

  protected override sizeIfKnown(): number {
    return this.records.length;
  }
}
