// groupByKeyAndWindow in PySpark: its ResultIterable values are made Python lists.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { pyCall } from "../../../../codegen/internals/pyEmit";

export const groupByKeyAndWindowEmitters: KindEmitters = {
  pyspark: (_s, h) =>
    `${pyCall(
      h.input(0),
      "groupByKeyAndWindow",
      h.secs("windowMs"),
      // PySpark's slideDuration has no default: an empty slide is the parent's.
      h.has("slideMs") ? h.secs("slideMs") : `${h.input(0)}._slideDuration`,
      h.opt("numPartitions"),
    )}.mapValues(list)`,
};
