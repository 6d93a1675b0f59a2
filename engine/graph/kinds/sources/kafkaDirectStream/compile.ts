// kafkaDirectStream: the client is Node's (kafkajs) when the Node entry installed it, else the feeder's
// WebSocket in the browser; where neither exists the stream stays empty and says why.
import { commitOffsetsAfterEachBatch } from "../../../../sources/kafka/commitAfterBatches";
import { FeederKafkaClient } from "../../../../sources/kafka/FeederKafkaClient";
import { feederNet } from "../../../../sources/kafka/feederNet";
import {
  hasKafkaClientFactory,
  type KafkaConsumerClient,
  kafkaClientFactory,
  NO_KAFKA_CLIENT,
} from "../../../../sources/kafka/KafkaClient";
import {
  ConsumerStrategies,
  KafkaUtils,
  LocationStrategies,
  STRING_DESERIALIZER,
} from "../../../../sources/kafka/KafkaUtils";
import { UnavailableKafkaClient } from "../../../../sources/kafka/UnavailableKafkaClient";
import type { AnyStream, BuildContext } from "../../../compileContext";

export function compileKafkaDirectStream({ ssc, params }: BuildContext): AnyStream {
  const strategy = ConsumerStrategies.Subscribe([String(params.topic)], {
    "bootstrap.servers": String(params.bootstrapServers),
    "key.deserializer": STRING_DESERIALIZER,
    "value.deserializer": STRING_DESERIALIZER,
    "group.id": String(params.groupId),
    "auto.offset.reset": params.autoOffsetReset === "latest" ? "latest" : "earliest",
    "enable.auto.commit": false,
  });
  const net = feederNet();
  let client: KafkaConsumerClient;
  if (hasKafkaClientFactory()) client = kafkaClientFactory()(strategy);
  else if (net) client = new FeederKafkaClient(String(params.feederUrl), strategy, net);
  else client = new UnavailableKafkaClient(NO_KAFKA_CLIENT);
  const stream = KafkaUtils.createDirectStream(ssc, LocationStrategies.PreferConsistent, strategy, {
    client,
    "spark.streaming.kafka.maxRatePerPartition": Number(params.maxRatePerPartition) || 0,
  });
  if (params.commitOffsets !== false) commitOffsetsAfterEachBatch(ssc, stream);
  return stream;
}
