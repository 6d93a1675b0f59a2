// Spark's saveAsTextFiles(prefix, suffix): every batch writes a directory "prefix-TIME_IN_MS[.suffix]"
// holding one "part-NNNNN" file per partition (records as Scala prints them, one a line) and "_SUCCESS".
import type { DStream } from "../core/DStream";
import { formatRecord } from "../core/format";
import { ForEachDStream } from "./ForEachDStream";
import type { FileSystem } from "./fileSystem";

/** Spark's StreamingContext.rddToFileName: "prefix-" only for a non-empty prefix, ".suffix" likewise. */
export const rddToFileName = (prefix: string, suffix: string | undefined, timeMs: number): string => {
  const named = prefix ? `${prefix}-${timeMs}` : `${timeMs}`;
  return suffix ? `${named}.${suffix}` : named;
};

/**
 * Writes one batch as Spark's saveAs*Files lay it out: the directory, one "part-NNNNN" file per partition
 * holding that partition's lines, and "_SUCCESS" last.
 */
export function writePartFiles(
  fs: FileSystem,
  dir: string,
  partitions: readonly (readonly string[])[],
): void {
  partitions.forEach((lines, i) => {
    fs.writeFile(`${dir}/part-${String(i).padStart(5, "0")}`, lines.map((l) => `${l}\n`).join(""));
  });
  fs.writeFile(`${dir}/_SUCCESS`, "");
}

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
      // One job, named as Spark's (RDD.saveAsTextFile); collectPartitions runs inside it.
      const every = Array.from({ length: rdd.numPartitions }, (_, i) => i);
      const partitions = rdd.sc
        .runJob(rdd, "saveAsTextFile", every, () => rdd.collectPartitions())
        .map((records) => records.map(formatRecord));
      writePartFiles(fs, rddToFileName(prefix, suffix, timeMs), partitions);
    },
    "saveAsTextFiles",
  );
}
