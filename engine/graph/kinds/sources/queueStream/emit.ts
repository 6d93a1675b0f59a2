// queueStream in each language: its batches written as literal data.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { isEmpty } from "../../../../codegen/internals/literals";
import { scalaPairValueType } from "../../../../codegen/internals/scalaTypes";
import { batchesRecordType } from "../../../../codegen/internals/tsTypes";

export const queueStreamEmitters: KindEmitters = {
  typescript: (s, h) =>
    `ssc.queueStream<${batchesRecordType(s.params.batches, s.params.defaultBatch)}>(${h.lit("batches")}, ${h.lit("oneAtATime")}${h.has("defaultBatch") ? `, ${h.lit("defaultBatch")}` : ""})`,
  pyspark: (s, h) => {
    const def = isEmpty(s.params.defaultBatch) ? "" : `, default=sc.parallelize(${h.lit("defaultBatch")})`;
    return `ssc.queueStream([sc.parallelize(batch) for batch in ${h.lit("batches", 2)}], oneAtATime=${h.lit("oneAtATime")}${def})`;
  },
  scala: (s, h) => {
    const batches = Array.isArray(s.params.batches) ? (s.params.batches as unknown[][]).flat() : [];
    h.produces(scalaPairValueType(batches));
    return `ssc.queueStream(mutable.Queue(${h.lit("batches", 2)}.map(batch => sc.parallelize(batch)): _*), ${s.params.oneAtATime !== false}${h.has("defaultBatch") ? `, sc.parallelize(${h.lit("defaultBatch")})` : ""})`;
  },
};
