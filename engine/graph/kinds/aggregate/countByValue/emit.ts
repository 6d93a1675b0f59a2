// countByValue in PySpark: its countByValue() takes no numPartitions.
import type { KindEmitters } from "../../../../codegen/internals/emit";

export const countByValueEmitters: KindEmitters = {
  pyspark: (_s, h) => `${h.input(0)}.countByValue()`,
};
