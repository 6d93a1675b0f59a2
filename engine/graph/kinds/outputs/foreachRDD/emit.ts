// foreachRDD: the studio's table view becomes printing each batch's first rows.
import type { KindEmitters } from "../../../../codegen/internals/emit";

export const foreachRDDEmitters: KindEmitters = {
  typescript: (s, h) => {
    h.use("formatRecord");
    const label = (s.node.label || s.node.id).replace(/[`\\$]/g, "");
    return [
      `${h.input(0)}.foreachRDD((rdd, timeMs) => {`,
      `  console.log(\`${label} at \${timeMs} ms:\`);`,
      `  for (const record of rdd.take(${h.lit("limit")})) console.log(formatRecord(record));`,
      "})",
    ].join("\n");
  },
  pyspark: (_s, h) => `${h.input(0)}.foreachRDD(lambda time, rdd: print(time, rdd.take(${h.opt("limit")})))`,
  scala: (_s, h) =>
    `${h.input(0)}.foreachRDD((rdd, time) => println(s"$time: \${rdd.take(${h.lit("limit")}).mkString(", ")}"))`,
};
