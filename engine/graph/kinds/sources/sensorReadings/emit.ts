// sensorReadings: the engine's SensorReadingsReceiver in TypeScript; in PySpark and Scala, its exact
// port (engine/codegen/runtime): the same records for the same seed, queued one RDD per batch.
import type { KindEmitters } from "../../../../codegen/internals/emit";

export const sensorReadingsEmitters: KindEmitters = {
  typescript: (_s, h) => {
    h.use("SensorReadingsReceiver");
    return `ssc.receiverStream(new SensorReadingsReceiver({ seed: ${h.seed()}, recordsPerSecond: ${h.lit("rate")}, sensors: ${h.lit("sensors")}, outOfOrderFraction: ${h.lit("outOfOrderFraction")} }))`;
  },
  pyspark: (_s, h) => h.generator("sensorReadings"),
  scala: (_s, h) => h.generator("sensorReadings"),
};
