// kafkaDirectStream: the client is Node's (kafkajs) when the Node entry installed it, else the feeder's
// WebSocket in the browser; where neither exists the stream stays empty and says why.
import { commitOffsetsAfterEachBatch } from "../../../../sources/kafka/commitAfterBatches";
import { FeederKafkaClient } from "../../../../sources/kafka/FeederKafkaClient";
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
import { kafkaStatusSource } from "../../../../sources/kafka/kafkaStatus";
import { UnavailableKafkaClient } from "../../../../sources/kafka/UnavailableKafkaClient";
import type { AnyStream, BuildContext } from "../../../compileContext";

export function compileKafkaDirectStream({ ssc, params, net, watchStatus }: BuildContext): AnyStream {
  const strategy = ConsumerStrategies.Subscribe([String(params.topic)], {
    "bootstrap.servers": String(params.bootstrapServers),
    "key.deserializer": STRING_DESERIALIZER,
    "value.deserializer": STRING_DESERIALIZER,
    "group.id": String(params.groupId),
    "auto.offset.reset": params.autoOffsetReset === "latest" ? "latest" : "earliest",
    "enable.auto.commit": false,
  });
  let client: KafkaConsumerClient;
  let endpoint = `kafka://${params.bootstrapServers}/${params.topic}`;
  if (hasKafkaClientFactory()) client = kafkaClientFactory()(strategy);
  else if (net?.webSocket) {
    const open = net.webSocket.bind(net);
    client = new FeederKafkaClient(String(params.feederUrl), strategy, {
      open,
      setTimeout: (fn, ms) => net.setTimeout(fn, ms),
      clearTimeout: (h) => net.clearTimeout(h),
    });
    endpoint = `${params.feederUrl} (feeder of ${endpoint})`;
  } else client = new UnavailableKafkaClient(NO_KAFKA_CLIENT);
  const stream = KafkaUtils.createDirectStream(ssc, LocationStrategies.PreferConsistent, strategy, {
    client,
    "spark.streaming.kafka.maxRatePerPartition": Number(params.maxRatePerPartition) || 0,
  });
  if (params.commitOffsets !== false) commitOffsetsAfterEachBatch(ssc, stream);
  watchStatus(kafkaStatusSource(stream, endpoint));
  return stream;
}
