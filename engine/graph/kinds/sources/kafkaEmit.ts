// The Scala and PySpark exports of both Kafka kinds. Scala: spark-streaming-kafka-0-10's direct stream,
// exactly the call of Spark's integration guide, committing each batch's offset ranges once the batch
// has completed. PySpark: Spark 3 has no Kafka DStream in Python, so the file says so and gives the
// Structured Streaming form that reads the same topic.
import type { PyHelpers, ScalaHelpers } from "../../../codegen/internals/emit";
import type { Step } from "../../../codegen/internals/plan";

const str = (v: unknown) => JSON.stringify(String(v));

// Maven Central serves this connector only up to 3.5.5; its API is the 3.5 line's, so it runs on 3.5.9.
export const SCALA_KAFKA_DEPENDENCY = "org.apache.spark:spark-streaming-kafka-0-10_2.12:3.5.5";

function servers(s: Step): string {
  return s.node.kind === "kafkaSimulated" ? "localhost:9092" : String(s.params.bootstrapServers);
}

export function scalaKafka(s: Step, h: ScalaHelpers): string {
  h.use("org.apache.spark.streaming.kafka010._");
  h.use("org.apache.kafka.common.serialization.StringDeserializer");
  h.use("org.apache.spark.streaming.scheduler.{StreamingListener, StreamingListenerBatchCompleted}");
  h.note(`Needs ${SCALA_KAFKA_DEPENDENCY} (spark-submit --packages ${SCALA_KAFKA_DEPENDENCY}).`);
  if (s.node.kind === "kafkaSimulated") {
    h.note(
      `STUB: "${s.node.label || s.node.id}" is the studio's SIMULATED topic; here the real topic ${str(s.params.topic)} on a broker at localhost:9092.`,
    );
  }
  const rate = Number(s.params.maxRatePerPartition) || 0;
  if (rate > 0)
    h.note(
      `Set spark.streaming.kafka.maxRatePerPartition=${rate} (spark-submit --conf) to read at most ${rate} records/s per partition.`,
    );
  const params = [
    `"bootstrap.servers" -> ${str(servers(s))}`,
    `"key.deserializer" -> classOf[StringDeserializer]`,
    `"value.deserializer" -> classOf[StringDeserializer]`,
    `"group.id" -> ${str(s.params.groupId)}`,
    `"auto.offset.reset" -> ${str(s.params.autoOffsetReset)}`,
    `"enable.auto.commit" -> (false: java.lang.Boolean)`,
  ];
  const kafkaParams = h.define("Params", `Map[String, Object](${params.join(", ")})`);
  const stream = h.define(
    "Stream",
    `KafkaUtils.createDirectStream[String, String](ssc, LocationStrategies.PreferConsistent, ConsumerStrategies.Subscribe[String, String](Array(${str(s.params.topic)}), ${kafkaParams}))`,
  );
  if (s.params.commitOffsets !== false) {
    // Spark reports each batch's offset ranges as its input metadata; commit them once the batch is done.
    h.define(
      "Commits",
      `ssc.addStreamingListener(new StreamingListener { override def onBatchCompleted(done: StreamingListenerBatchCompleted): Unit = done.batchInfo.streamIdToInputInfo.get(${stream}.id).flatMap(_.metadata.get("offsets")).foreach(ranges => ${stream}.asInstanceOf[CanCommitOffsets].commitAsync(ranges.asInstanceOf[List[OffsetRange]].toArray)) })`,
    );
  }
  return stream;
}

export function pysparkKafka(s: Step, h: PyHelpers): string {
  const label = s.node.label || s.node.id;
  h.note(
    `STUB: "${label}" is a Kafka direct stream (KafkaUtils.createDirectStream): PySpark has no Kafka DStream (spark-streaming-kafka-0-10 is Scala/Java only), so this stream is empty.`,
  );
  if (s.node.kind === "kafkaSimulated")
    h.note("(In the studio its topic is SIMULATED; the form below reads a real broker.)");
  h.note(
    "Structured Streaming reads the same topic from Python (spark-submit --packages org.apache.spark:spark-sql-kafka-0-10_2.12:3.5.9):",
  );
  h.note(
    `  spark.readStream.format("kafka").option("kafka.bootstrap.servers", ${str(servers(s))}).option("subscribe", ${str(s.params.topic)}).option("startingOffsets", ${str(s.params.autoOffsetReset)}).load()`,
  );
  h.note(
    '    .selectExpr("topic", "partition", "offset", "timestamp", "CAST(key AS STRING) AS key", "CAST(value AS STRING) AS value")',
  );
  return "ssc.queueStream([], default=sc.parallelize([]))";
}
