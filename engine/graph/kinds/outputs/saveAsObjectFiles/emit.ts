// saveAsObjectFiles in PySpark: its DStream has none (Scala/Java only; pyspark/streaming/dstream.py keeps
// a saveAsPickleFiles commented out), so each batch's RDD is saved with RDD.saveAsPickleFile, PySpark's
// SequenceFile of pickled objects, under Spark's "prefix-TIME_IN_MS[.suffix]" name.
import type { KindEmitters } from "../../../../codegen/internals/emit";

export const saveAsObjectFilesEmitters: KindEmitters = {
  pyspark: (s, h) => {
    const literalPercent = (text: unknown) => String(text).replaceAll("%", "%%");
    const name = `${s.params.prefix ? `${literalPercent(s.params.prefix)}-` : ""}%d${h.has("suffix") ? `.${literalPercent(s.params.suffix)}` : ""}`;
    h.note(
      "saveAsObjectFiles is not in PySpark's DStream API (Scala/Java only): each batch is saved with RDD.saveAsPickleFile (pickled, not Java-serialized, objects).",
    );
    return `${h.input(0)}.foreachRDD(lambda time, rdd: rdd.saveAsPickleFile(${JSON.stringify(name)} % round(time.timestamp() * 1000)))`;
  },
};
