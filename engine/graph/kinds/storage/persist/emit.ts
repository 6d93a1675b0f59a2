// persist: Spark's StorageLevel constant, imported.
import type { KindEmitters } from "../../../../codegen/internals/emit";

export const persistEmitters: KindEmitters = {
  // PySpark always stores pickled data: its StorageLevel has no _SER levels (MEMORY_ONLY_SER is MEMORY_ONLY).
  pyspark: (s, h) => {
    h.use("StorageLevel");
    return `${h.input(0)}.persist(StorageLevel.${String(s.params.storageLevel).replace("_SER", "")})`;
  },
  scala: (s, h) => {
    h.use("org.apache.spark.storage.StorageLevel");
    h.produces(h.valueType(0));
    return `${h.input(0)}.persist(StorageLevel.${s.params.storageLevel})`;
  },
};
