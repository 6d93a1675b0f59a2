// Direct Kafka streams (spark-streaming-kafka-0-10's API) and the simulated cluster; no network client
// here (the Node one is node/KafkajsClient.ts, installed by engine/indexNode.ts).
export type { ConsumerRecord, TimestampType } from "./ConsumerRecord";
export { commitOffsetsAfterEachBatch } from "./commitAfterBatches";
export {
  type CanCommitOffsets,
  DirectKafkaInputDStream,
  type OffsetCommitCallback,
} from "./DirectKafkaInputDStream";
export {
  type KafkaClientFactory,
  type KafkaClientListener,
  type KafkaClientStatus,
  type KafkaConsumerClient,
  type KafkaParams,
  type KafkaSubscription,
  type PartitionOffset,
  setKafkaClientFactory,
} from "./KafkaClient";
export { KafkaRDD } from "./KafkaRDD";
export {
  ConsumerStrategies,
  type ConsumerStrategy,
  type DirectStreamOptions,
  KafkaUtils,
  LocationStrategies,
  type LocationStrategy,
} from "./KafkaUtils";
export { type HasOffsetRanges, OffsetRange, offsetRangesOf } from "./OffsetRange";
export type { KafkaRateConf } from "./PerPartitionConfig";
export { SimulatedKafkaClient } from "./simulated/SimulatedKafkaClient";
export { SimulatedKafkaCluster, SimulatedTopic } from "./simulated/SimulatedKafkaCluster";
export { SimulatedProducer, type SimulatedProducerOptions } from "./simulated/SimulatedProducer";
export { type SimulatedKafkaStreamOptions, simulatedKafkaStream } from "./simulated/simulatedKafkaStream";
