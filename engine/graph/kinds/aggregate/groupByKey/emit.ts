// groupByKey in PySpark: its ResultIterable values are made Python lists, as the studio shows arrays.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { pyCall } from "../../../../codegen/internals/pyEmit";

export const groupByKeyEmitters: KindEmitters = {
  pyspark: (_s, h) => `${pyCall(h.input(0), "groupByKey", h.opt("numPartitions"))}.mapValues(list)`,
};
