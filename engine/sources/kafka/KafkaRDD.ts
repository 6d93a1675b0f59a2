// Spark's KafkaRDD: one partition per offset range, in the order of the ranges (topic, then partition),
// holding the records [fromOffset, untilOffset) of its topic partition. It is the RDD that has offset
// ranges (HasOffsetRanges); anything derived from it does not.

import { type Dependency, type Emit, RDD } from "../../core/rdd/RDD";
import type { SparkContext } from "../../core/SparkContext";
import type { ConsumerRecord } from "./ConsumerRecord";
import type { HasOffsetRanges, OffsetRange } from "./OffsetRange";

export class KafkaRDD extends RDD<ConsumerRecord> implements HasOffsetRanges {
  override get className(): string {
    return "KafkaRDD";
  }
  readonly dependencies: readonly Dependency[] = [];
  readonly numPartitions: number;

  constructor(
    sc: SparkContext,
    readonly offsetRanges: readonly OffsetRange[],
    private readonly recordsPerRange: readonly (readonly ConsumerRecord[])[],
  ) {
    super(sc, "createDirectStream");
    this.numPartitions = offsetRanges.length;
  }

  protected computeInto(split: number, emit: Emit<ConsumerRecord>): void {
    for (const record of this.recordsPerRange[split] ?? []) emit(record);
  }

  protected override sizeIfKnown(): number {
    return this.recordsPerRange.reduce((n, records) => n + records.length, 0);
  }
}
