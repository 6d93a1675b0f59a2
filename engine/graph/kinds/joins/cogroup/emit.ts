// cogroup in PySpark: both sides' ResultIterables made Python lists, as the studio shows arrays.
import type { KindEmitters } from "../../../../codegen/internals/emit";

export const cogroupEmitters: KindEmitters = {
  pyspark: (_s, h) =>
    `${h.input(0)}.cogroup(${h.input(1)}, ${h.opt("numPartitions")}).mapValues(lambda vs: (list(vs[0]), list(vs[1])))`,
};
