// Spark's saveAsObjectFiles(prefix, suffix): every batch writes a directory "prefix-TIME_IN_MS[.suffix]"
// holding one "part-NNNNN" file per partition and "_SUCCESS", as saveAsTextFiles does. Spark's part files
// are Hadoop SequenceFiles whose values are Java-serialized arrays of up to 10 objects
// (RDD.saveAsObjectFile). The engine has no JVM: each such array is one line of JSON instead (simulated:
// the same grouping and layout, a readable stand-in for the binary format; `undefined` becomes null).
import type { DStream } from "../core/DStream";
import type { ForEachDStream } from "./ForEachDStream";
import { type FilesFormat, saveAsFiles } from "./saveAsFiles";

/** Spark's RDD.saveAsObjectFile groups a partition's objects 10 to a SequenceFile record. */
const OBJECTS_PER_RECORD = 10;

/** A partition's records in the engine's object-file form: one JSON array of up to 10 records a line. */
export function objectFileLines(records: readonly unknown[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < records.length; i += OBJECTS_PER_RECORD)
    lines.push(
      JSON.stringify(records.slice(i, i + OBJECTS_PER_RECORD), (_k, v) => (v === undefined ? null : v)),
    );
  return lines;
}

declare module "../core/DStream" {
  interface FluentMethods<T> {
    /** Spark's saveAsObjectFiles: per batch, part files of serialized records (JSON lines here, see above). */
    saveAsObjectFiles(prefix: string, suffix?: string): ForEachDStream<T>;
  }
}

export const OBJECT_FILES: FilesFormat = {
  operation: "saveAsObjectFiles",
  job: "saveAsObjectFile",
  lines: objectFileLines,
};

export function saveAsObjectFilesMethod<T>(this: DStream<T>, prefix: string, suffix?: string) {
  return saveAsFiles(this, prefix, suffix, OBJECT_FILES);
}
