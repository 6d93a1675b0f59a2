// Spark's saveAsTextFiles(prefix, suffix): every batch writes a directory "prefix-TIME_IN_MS[.suffix]"
// holding one "part-NNNNN" file per partition (records as Scala prints them, one a line) and "_SUCCESS".
import type { DStream } from "../core/DStream";
import { formatRecord } from "../core/format";
import { ForEachDStream } from "./ForEachDStream";

/** Spark's StreamingContext.rddToFileName. */
/** Spark's StreamingContext.rddToFileName: "prefix-" only for a non-empty prefix, ".suffix" likewise. */
export const rddToFileName = (prefix: string, suffix: string | undefined, timeMs: number): string => {
  const named = prefix ? `${prefix}-${timeMs}` : `${timeMs}`;
  return suffix ? `${named}.${suffix}` : named;
};

declare module "../core/DStream" {
  interface FluentMethods<T> {
    saveAsTextFiles(prefix: string, suffix?: string): ForEachDStream<T>;
  }
}

export function saveAsTextFilesMethod<T>(this: DStream<T>, prefix: string, suffix?: string) {
  const fs = this.ssc.fileSystem;
  return new ForEachDStream<T>(
    this,
    (rdd, timeMs) => {
      const dir = rddToFileName(prefix, suffix, timeMs);
      rdd.collectPartitions().forEach((records, i) => {
        const text = records.map((r) => `${formatRecord(r)}\n`).join("");
        fs.writeFile(`${dir}/part-${String(i).padStart(5, "0")}`, text);
      });
      fs.writeFile(`${dir}/_SUCCESS`, "");
    },
    "saveAsTextFiles",
  );
}
