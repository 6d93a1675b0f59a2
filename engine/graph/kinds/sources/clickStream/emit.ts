// clickStream: the engine's ClickStreamReceiver in TypeScript; in PySpark and Scala, its exact port
// (engine/codegen/runtime): the same records for the same seed, queued one RDD per batch.
import type { KindEmitters } from "../../../../codegen/internals/emit";

export const clickStreamEmitters: KindEmitters = {
  typescript: (_s, h) => {
    h.use("ClickStreamReceiver");
    return `ssc.receiverStream(new ClickStreamReceiver({ seed: ${h.seed()}, recordsPerSecond: ${h.lit("rate")}, users: ${h.lit("users")}, pages: ${h.lit("pages")} }))`;
  },
  pyspark: (_s, h) => h.generator("clickStream"),
  scala: (_s, h) => h.generator("clickStream"),
};
