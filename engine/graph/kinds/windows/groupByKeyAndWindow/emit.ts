// groupByKeyAndWindow in PySpark: its ResultIterable values are made Python lists.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { pyCall } from "../../../../codegen/internals/pyEmit";

export const groupByKeyAndWindowEmitters: KindEmitters = {
  pyspark: (_s, h) =>
    `${pyCall(
      h.input(0),
      "groupByKeyAndWindow",
      h.secs("windowMs"),
      h.optSecs("slideMs"),
      h.opt("numPartitions"),
    )}.mapValues(list)`,
};
