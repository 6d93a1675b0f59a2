// sensorReadings: the engine's SensorReadingsReceiver in TypeScript; in PySpark and Scala, a marked
// stand-in: a queueStream of seeded random readings.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { PY_GENERATORS } from "../../../../codegen/internals/pySources";
import { SCALA_GENERATORS } from "../../../../codegen/internals/scalaSources";

export const sensorReadingsEmitters: KindEmitters = {
  typescript: (_s, h) => {
    h.use("SensorReadingsReceiver");
    return `ssc.receiverStream(new SensorReadingsReceiver({ seed: ${h.seed()}, recordsPerSecond: ${h.lit("rate")}, sensors: ${h.lit("sensors")}, outOfOrderFraction: ${h.lit("outOfOrderFraction")} }))`;
  },
  pyspark: (s, h) =>
    `ssc.queueStream(${h.generator(PY_GENERATORS.sensorReadings)}(${s.params.seed}, ${h.perBatch()}, ${s.params.sensors}, BATCH_INTERVAL_SECONDS))`,
  scala: (s, h) =>
    `ssc.queueStream(${h.generator(SCALA_GENERATORS.sensorReadings)}(sc, ${s.params.seed}L, ${h.perBatch()}, ${s.params.sensors}, BatchIntervalMs))`,
};
