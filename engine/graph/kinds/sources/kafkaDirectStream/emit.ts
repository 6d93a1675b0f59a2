// kafkaDirectStream: Spark's call in TypeScript (the engine's KafkaUtils, kafkajs under the Node entry)
// and Scala; PySpark's note that it has no Kafka DStream.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { pysparkKafka, scalaKafka } from "../kafkaEmit";

export const kafkaDirectStreamEmitters: KindEmitters = {
  typescript: (s, h) => {
    for (const name of ["KafkaUtils", "LocationStrategies", "ConsumerStrategies"]) h.use(name);
    const kafkaParams = `{ "bootstrap.servers": ${h.lit("bootstrapServers")}, "key.deserializer": "org.apache.kafka.common.serialization.StringDeserializer", "value.deserializer": "org.apache.kafka.common.serialization.StringDeserializer", "group.id": ${h.lit("groupId")}, "auto.offset.reset": ${h.lit("autoOffsetReset")}, "enable.auto.commit": false }`;
    const stream = `KafkaUtils.createDirectStream(ssc, LocationStrategies.PreferConsistent, ConsumerStrategies.Subscribe([${h.lit("topic")}], ${kafkaParams}), { "spark.streaming.kafka.maxRatePerPartition": ${h.lit("maxRatePerPartition")} })`;
    if (s.params.commitOffsets === false) return stream;
    h.use("commitOffsetsAfterEachBatch");
    const name = h.define("Stream", stream);
    h.define("Commits", `commitOffsetsAfterEachBatch(ssc, ${name})`);
    return name;
  },
  pyspark: pysparkKafka,
  scala: scalaKafka,
};
