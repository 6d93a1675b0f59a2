// queueStream in each language: its batches written as literal data.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { isEmpty } from "../../../../codegen/internals/literals";
import { scalaPairValueType } from "../../../../codegen/internals/scalaTypes";
import { batchesRecordType } from "../../../../codegen/internals/tsTypes";

export const queueStreamEmitters: KindEmitters = {
  typescript: (s, h) =>
    `ssc.queueStream<${batchesRecordType(s.params.batches, s.params.defaultRDD)}>(${h.lit("batches")}, ${h.lit("oneAtATime")}${h.has("defaultRDD") ? `, ${h.lit("defaultRDD")}` : ""})`,
  pyspark: (s, h) => {
    const queued = `[sc.parallelize(batch) for batch in ${h.lit("batches", 2)}]`;
    if (isEmpty(s.params.defaultRDD)) return `ssc.queueStream(${queued}, oneAtATime=${h.lit("oneAtATime")})`;
    const def = h.define("default", `sc.parallelize(${h.lit("defaultRDD")})`);
    // PySpark queues one empty RDD when the queue is empty and a default is given (Scala's queueStream,
    // and the studio, give the default from the first batch): queue the default itself instead.
    const empty = !Array.isArray(s.params.batches) || s.params.batches.length === 0;
    return `ssc.queueStream(${empty ? `[${def}]` : queued}, oneAtATime=${h.lit("oneAtATime")}, default=${def})`;
  },
  scala: (s, h) => {
    const batches = Array.isArray(s.params.batches) ? (s.params.batches as unknown[][]).flat() : [];
    h.produces(scalaPairValueType(batches));
    // A queue without any record is a Seq[Nothing] to Scala, which no function can use: its records
    // are typed as text lines (String), the studio's usual queue, so the steps after it compile.
    const parallelize =
      batches.length === 0 && !h.has("defaultRDD") ? "sc.parallelize[String]" : "sc.parallelize";
    return `ssc.queueStream(mutable.Queue(${h.lit("batches", 2)}.map(batch => ${parallelize}(batch)): _*), ${s.params.oneAtATime !== false}${h.has("defaultRDD") ? `, sc.parallelize(${h.lit("defaultRDD")})` : ""})`;
  },
};
