// transform: the user's function takes (rdd, timeMs, table); Spark's transform passes (rdd, time), and
// PySpark's (time, rdd).
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { isEmpty } from "../../../../codegen/internals/literals";
import { inlineRddFunction } from "../../../../codegen/internals/scalaEmit";
import { annotateParams, recordType } from "../../../../codegen/internals/tsTypes";

export const transformEmitters: KindEmitters = {
  typescript: (s, h) => {
    h.useType("RDD");
    const tableType = recordType(Array.isArray(s.params.table) ? s.params.table : []);
    const table = h.has("table")
      ? h.define("Table", `ssc.sparkContext.parallelize<${tableType}>(${h.lit("table")})`)
      : "undefined";
    const types = [`RDD<${h.recordOf(0)}>`, "number", h.has("table") ? `RDD<${tableType}>` : "undefined"];
    const fn = h.define("Fn", annotateParams(h.fn("fn"), types));
    return `${h.input(0)}.transform((rdd, timeMs) => ${fn}(rdd, timeMs, ${table}))`;
  },
  pyspark: (s, h) => {
    const fn = h.define("fn", h.fn("fn", 1));
    const table = isEmpty(s.params.table) ? "None" : h.define("table", `sc.parallelize(${h.lit("table")})`);
    return `${h.input(0)}.transform(lambda time, rdd: ${fn}(rdd, time, ${table}))`;
  },
  scala: (_s, h) => {
    const fn = h.fn("fn", 1);
    const table = h.has("table") ? h.define("Table", `sc.parallelize(${h.lit("table")})`) : undefined;
    const inline = inlineRddFunction(fn, 1, table);
    if (inline) return `${h.input(0)}.transform(${inline})`;
    return `${h.input(0)}.transform((rdd, time) => ${h.define("Fn", fn)}(rdd, time.milliseconds, ${table ?? "null"}))`;
  },
};
