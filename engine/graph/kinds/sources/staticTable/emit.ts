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
  pyspark: (_s, h) => `ssc.queueStream([], default=sc.parallelize(${h.lit("rows")}))`,
  scala: (s, h) => {
    h.produces(scalaPairValueType(Array.isArray(s.params.rows) ? s.params.rows : []));
    return `new ConstantInputDStream(ssc, sc.parallelize(${h.lit("rows")}))`;
  },
};
