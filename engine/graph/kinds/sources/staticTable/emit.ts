// staticTable in each language: Spark's ConstantInputDStream over a parallelized table.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { scalaPairValueType } from "../../../../codegen/internals/scalaTypes";
import { recordType } from "../../../../codegen/internals/tsTypes";

export const staticTableEmitters: KindEmitters = {
  // An empty queue whose default RDD is the table, every batch.
  typescript: (s, h) => {
    const type = recordType(Array.isArray(s.params.rows) ? s.params.rows : []);
    return `ssc.queueStream<${type}>([], true, ssc.sparkContext.parallelize<${type}>(${h.lit("rows")}))`;
  },
  // PySpark has no ConstantInputDStream, and its queueStream([], default=...) queues one empty RDD first
  // (an empty first batch): the table is queued once and is the default after it.
  pyspark: (_s, h) => {
    const table = h.define("rdd", `sc.parallelize(${h.lit("rows")})`);
    return `ssc.queueStream([${table}], default=${table})`;
  },
  scala: (s, h) => {
    h.produces(scalaPairValueType(Array.isArray(s.params.rows) ? s.params.rows : []));
    return `new ConstantInputDStream(ssc, sc.parallelize(${h.lit("rows")}))`;
  },
};
