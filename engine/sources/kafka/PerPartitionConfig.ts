// Spark's PerPartitionConfig with the settings it reads from SparkConf: spark.streaming.kafka.
// maxRatePerPartition (records per second per partition, 0 = unlimited), minRatePerPartition (default 1)
// and spark.streaming.backpressure.initialRate (the rate before the estimator's first answer).
import { requireThat } from "../../core/errors";

export interface KafkaRateConf {
  "spark.streaming.kafka.maxRatePerPartition"?: number;
  "spark.streaming.kafka.minRatePerPartition"?: number;
  "spark.streaming.backpressure.initialRate"?: number;
}

export interface PerPartitionConfig {
  maxRatePerPartition(topic: string, partition: number): number;
  minRatePerPartition(topic: string, partition: number): number;
  readonly initialRate: number;
}

export function perPartitionConfig(conf: KafkaRateConf = {}): PerPartitionConfig {
  const max = conf["spark.streaming.kafka.maxRatePerPartition"] ?? 0;
  const min = conf["spark.streaming.kafka.minRatePerPartition"] ?? 1;
  const initialRate = conf["spark.streaming.backpressure.initialRate"] ?? 0;
  requireThat(
    Number.isFinite(max) && max >= 0,
    `spark.streaming.kafka.maxRatePerPartition must be >= 0, got ${max}`,
  );
  // Spark's DefaultPerPartitionConfig: require(minRate > 0, "spark.streaming.kafka.minRatePerPartition must be positive")
  requireThat(min > 0, "spark.streaming.kafka.minRatePerPartition must be positive");
  return { maxRatePerPartition: () => max, minRatePerPartition: () => min, initialRate };
}
