// What Spark's saveAsTextFiles and saveAsObjectFiles share: every batch is one job (named as the RDD
// action Spark runs) that writes a directory "prefix-TIME_IN_MS[.suffix]" holding one "part-NNNNN" file
// per partition and "_SUCCESS" last. Only the lines a partition's records become differ.
import type { DStream } from "../core/DStream";
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

/** One saveAs*Files output: its stream's name, the RDD action Spark runs per batch, a partition's lines. */
export interface FilesFormat {
  operation: "saveAsTextFiles" | "saveAsObjectFiles";
  job: "saveAsTextFile" | "saveAsObjectFile";
  lines: (records: readonly unknown[]) => string[];
}

/** A batch as written: its directory and each partition's lines. */
export type SavedBatch = { dir: string; partitions: string[][] };

export function saveAsFiles<T>(
  stream: DStream<T>,
  prefix: string,
  suffix: string | undefined,
  format: FilesFormat,
  onSaved?: (timeMs: number, saved: SavedBatch) => void,
): ForEachDStream<T> {
  const fs = stream.ssc.fileSystem;
  return new ForEachDStream<T>(
    stream,
    (rdd, timeMs) => {
      // One job, named as Spark's; collectPartitions runs inside it.
      const every = Array.from({ length: rdd.numPartitions }, (_, i) => i);
      const partitions = rdd.sc
        .runJob(rdd, format.job, every, () => rdd.collectPartitions())
        .map(format.lines);
      const dir = rddToFileName(prefix, suffix, timeMs);
      writePartFiles(fs, dir, partitions);
      onSaved?.(timeMs, { dir, partitions });
    },
    format.operation,
  );
}
