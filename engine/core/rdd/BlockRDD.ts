// Spark's BlockRDD: the RDD a receiver's input stream generates each batch, one partition per block the
// receiver stored in the batch interval (ReceiverInputDStream.createBlockRDD). A batch without blocks is
// a BlockRDD of no partitions. The blocks live in memory here: block i is the i-th contiguous slice of
// the batch's records, in the order the receiver stored them.
// With the receiver write-ahead log on (spark.streaming.receiver.writeAheadLog.enable) it is Spark's
// WriteAheadLogBackedBlockRDD: a block the block manager lost is read back from the log. A simulated
// executor loss (engine/fault) takes the blocks of the receiver's executor: without the log, a task that
// needs one fails with Spark's "Could not compute split, block ... not found".
import type { SparkContext } from "../SparkContext";
import type { Fused } from "./fusion";
import { type Dependency, type Emit, RDD } from "./RDD";

export interface BlockRDDOptions {
  /** The receiver stream's id (Spark's StreamBlockId names blocks `input-<streamId>-<uniqueId>`). */
  streamId?: number;
  /** The time each block's interval started (Spark's BlockGenerator uses it as the block's unique id). */
  blockStartMs?: number;
  blockIntervalMs?: number;
  writeAheadLog?: boolean;
}

export class BlockRDD<T> extends RDD<T> {
  override get className(): string {
    return this.options.writeAheadLog ? "WriteAheadLogBackedBlockRDD" : "BlockRDD";
  }
  readonly dependencies: readonly Dependency[] = [];
  readonly numPartitions: number;
  /** The block manager no longer has these blocks (an executor loss): the log or nothing. */
  private blocksLost = false;

  constructor(
    sc: SparkContext,
    private readonly records: readonly T[],
    numBlocks: number,
    creationSite = "receiverStream",
    private readonly options: BlockRDDOptions = {},
  ) {
    super(sc, creationSite);
    this.numPartitions = records.length === 0 ? 0 : Math.max(1, Math.floor(numBlocks));
  }

  /** Spark's StreamBlockId of partition `split`. */
  blockId(split: number): string {
    const { streamId = 0, blockStartMs = 0, blockIntervalMs = 0 } = this.options;
    return `input-${streamId}-${blockStartMs + split * blockIntervalMs}`;
  }

  /** Records in partition `split`. */
  blockSize(split: number): number {
    const n = this.records.length;
    return Math.floor(((split + 1) * n) / this.numPartitions) - Math.floor((split * n) / this.numPartitions);
  }

  get hasWriteAheadLog(): boolean {
    return this.options.writeAheadLog === true;
  }

  /** True once an executor loss took the blocks (with the log, reads replay them from it). */
  get lostBlocks(): boolean {
    return this.blocksLost;
  }

  /** The executor holding the blocks was lost (engine/fault). */
  loseBlocks(): void {
    this.blocksLost = true;
  }

  protected computeInto(split: number, emit: Emit<T>): void {
    if (this.blocksLost && !this.options.writeAheadLog) {
      throw new Error(`Could not compute split, block ${this.blockId(split)} of RDD ${this.id} not found`);
    }
    const n = this.records.length;
    const start = Math.floor((split * n) / this.numPartitions);
    const end = Math.floor(((split + 1) * n) / this.numPartitions);
    const overSlice = (emit as Fused).overSlice;
    if (overSlice !== undefined) overSlice(this.records, start, end);
    else for (let i = start; i < end; i++) emit(this.records[i]);
  }

  protected override sizeIfKnown(): number {
    return this.records.length;
  }
}
