// Spark's OffsetRange (spark-streaming-kafka-0-10): the records of one topic partition that one batch
// reads, [fromOffset, untilOffset). Each batch's KafkaRDD carries one per partition (HasOffsetRanges), and
// the same ranges are what an application commits once its output is stored (commitAsync).
import { requireThat } from "../../core/errors";

export class OffsetRange {
  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly fromOffset: number,
    readonly untilOffset: number,
  ) {
    requireThat(
      fromOffset <= untilOffset,
      `Beginning offset ${fromOffset} is after the ending offset ${untilOffset} for topic ${topic} partition ${partition}. ` +
        "You either provided an invalid fromOffset, or the Kafka topic has been damaged",
    );
  }

  static create(topic: string, partition: number, fromOffset: number, untilOffset: number): OffsetRange {
    return new OffsetRange(topic, partition, fromOffset, untilOffset);
  }

  /** Number of messages this range refers to. */
  count(): number {
    return this.untilOffset - this.fromOffset;
  }

  toString(): string {
    return `OffsetRange(topic: '${this.topic}', partition: ${this.partition}, range: [${this.fromOffset} -> ${this.untilOffset}])`;
  }
}

/** Spark's HasOffsetRanges: the KafkaRDD of a direct stream (`rdd.asInstanceOf[HasOffsetRanges]`). */
export interface HasOffsetRanges {
  readonly offsetRanges: readonly OffsetRange[];
}

export function hasOffsetRanges(rdd: unknown): rdd is HasOffsetRanges {
  return typeof rdd === "object" && rdd !== null && Array.isArray((rdd as HasOffsetRanges).offsetRanges);
}

/**
 * `rdd.asInstanceOf[HasOffsetRanges].offsetRanges`; Spark throws a ClassCastException when the RDD is not
 * the direct stream's own (offset ranges exist only before the first transformation or shuffle).
 */
export function offsetRangesOf(rdd: unknown): readonly OffsetRange[] {
  if (!hasOffsetRanges(rdd)) {
    const name = (rdd as { className?: string })?.className ?? typeof rdd;
    throw new Error(
      `java.lang.ClassCastException: class ${name} cannot be cast to class org.apache.spark.streaming.kafka010.HasOffsetRanges ` +
        "(only the RDD of a direct Kafka stream has offset ranges: read them in the first method called on the stream)",
    );
  }
  return rdd.offsetRanges;
}
