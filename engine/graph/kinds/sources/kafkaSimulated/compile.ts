// kafkaSimulated: a direct stream over an in-memory topic (engine/sources/kafka/simulated).
import { commitOffsetsAfterEachBatch } from "../../../../sources/kafka/commitAfterBatches";
import { kafkaStatusSource } from "../../../../sources/kafka/kafkaStatus";
import { simulatedKafkaStream } from "../../../../sources/kafka/simulated/simulatedKafkaStream";
import type { AnyStream, BuildContext } from "../../../compileContext";

export function compileKafkaSimulated({ ssc, params, doc, watchStatus }: BuildContext): AnyStream {
  const { stream } = simulatedKafkaStream(ssc, {
    topic: String(params.topic),
    partitions: Number(params.partitions),
    recordsPerSecond: Number(params.rate),
    numKeys: Number(params.numKeys),
    seed: typeof params.seed === "number" ? params.seed : doc.settings.seed,
    groupId: String(params.groupId),
    autoOffsetReset: params.autoOffsetReset === "latest" ? "latest" : "earliest",
    maxRatePerPartition: Number(params.maxRatePerPartition) || 0,
  });
  if (params.commitOffsets !== false) commitOffsetsAfterEachBatch(ssc, stream);
  watchStatus(kafkaStatusSource(stream, `simulated topic ${params.topic}`));
  return stream;
}
