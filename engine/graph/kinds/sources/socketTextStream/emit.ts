// socketTextStream in each language: Spark's own call, with its storage level.
import type { KindEmitters } from "../../../../codegen/internals/emit";

export const socketTextStreamEmitters: KindEmitters = {
  typescript: (_s, h) => `ssc.socketTextStream(${h.lit("host")}, ${h.lit("port")}, ${h.lit("storageLevel")})`,
  pyspark: (s, h) => {
    h.use("StorageLevel");
    h.note(
      `In the studio this node read ${String(s.params.webSocketUrl)} (the feeder's WebSocket); Spark reads TCP.`,
    );
    return `ssc.socketTextStream(${h.lit("host")}, ${h.lit("port")}, StorageLevel.${String(s.params.storageLevel)})`;
  },
  scala: (s, h) => {
    h.use("org.apache.spark.storage.StorageLevel");
    h.note(
      `In the studio this node read ${String(s.params.webSocketUrl)} (the feeder's WebSocket); Spark reads TCP.`,
    );
    return `ssc.socketTextStream(${h.lit("host")}, ${h.lit("port")}, StorageLevel.${String(s.params.storageLevel)})`;
  },
};
