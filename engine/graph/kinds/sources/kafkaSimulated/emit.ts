// kafkaSimulated: the engine's simulated topic in TypeScript; a real direct stream in Scala (marked), and
// PySpark's note that it has no Kafka DStream.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { pysparkKafka, scalaKafka } from "../kafkaEmit";

export const kafkaSimulatedEmitters: KindEmitters = {
  typescript: (s, h) => {
    h.use("simulatedKafkaStream");
    const stream = `simulatedKafkaStream(ssc, { topic: ${h.lit("topic")}, partitions: ${h.lit("partitions")}, recordsPerSecond: ${h.lit("rate")}, numKeys: ${h.lit("numKeys")}, seed: ${h.seed()}, groupId: ${h.lit("groupId")}, autoOffsetReset: ${h.lit("autoOffsetReset")}, maxRatePerPartition: ${h.lit("maxRatePerPartition")} }).stream`;
    if (s.params.commitOffsets === false) return stream;
    h.use("commitOffsetsAfterEachBatch");
    const name = h.define("Stream", stream);
    h.define("Commits", `commitOffsetsAfterEachBatch(ssc, ${name})`);
    return name;
  },
  pyspark: pysparkKafka,
  scala: scalaKafka,
};
