// The studio's "commit offsets after output": once a batch has completed (every output operation of the
// batch done), its offset ranges are queued with commitAsync, as Spark's guide does at the end of
// foreachRDD. A batch that fails is not committed, so a restart reads it again (at least once).
import type { StreamingContext } from "../../scheduler/StreamingContext";
import type { DirectKafkaInputDStream } from "./DirectKafkaInputDStream";

export function commitOffsetsAfterEachBatch(ssc: StreamingContext, stream: DirectKafkaInputDStream): void {
  ssc.addStreamingListener({
    onBatchCompleted(info) {
      if (info.failureReason !== undefined) return;
      const ranges = stream.offsetRangesAt(info.batchTime);
      if (ranges) stream.commitAsync(ranges);
    },
  });
}
