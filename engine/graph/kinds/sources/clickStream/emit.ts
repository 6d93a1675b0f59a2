// clickStream: the engine's ClickStreamReceiver in TypeScript; in PySpark and Scala, a marked stand-in: a
// queueStream of seeded random clicks.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { PY_GENERATORS } from "../../../../codegen/internals/pySources";
import { SCALA_GENERATORS } from "../../../../codegen/internals/scalaSources";

export const clickStreamEmitters: KindEmitters = {
  typescript: (_s, h) => {
    h.use("ClickStreamReceiver");
    return `ssc.receiverStream(new ClickStreamReceiver({ seed: ${h.seed()}, recordsPerSecond: ${h.lit("rate")}, users: ${h.lit("users")}, pages: ${h.lit("pages")} }))`;
  },
  pyspark: (s, h) =>
    `ssc.queueStream(${h.generator(PY_GENERATORS.clickStream)}(${s.params.seed}, ${h.perBatch()}, ${s.params.users}, ${s.params.pages}, BATCH_INTERVAL_SECONDS))`,
  scala: (s, h) =>
    `ssc.queueStream(${h.generator(SCALA_GENERATORS.clickStream)}(sc, ${s.params.seed}L, ${h.perBatch()}, ${s.params.users}, ${s.params.pages}, BatchIntervalMs))`,
};
