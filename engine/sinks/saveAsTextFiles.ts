// Spark's saveAsTextFiles(prefix, suffix): every batch writes a directory "prefix-TIME_IN_MS[.suffix]"
// holding one "part-NNNNN" file per partition (records as Scala prints them, one a line) and "_SUCCESS".
import type { DStream } from "../core/DStream";
import { formatRecord } from "../core/format";
import type { ForEachDStream } from "./ForEachDStream";
import { type FilesFormat, saveAsFiles } from "./saveAsFiles";

export const TEXT_FILES: FilesFormat = {
  operation: "saveAsTextFiles",
  job: "saveAsTextFile",
  lines: (records) => records.map(formatRecord),
};

declare module "../core/DStream" {
  interface FluentMethods<T> {
    saveAsTextFiles(prefix: string, suffix?: string): ForEachDStream<T>;
  }
}

export function saveAsTextFilesMethod<T>(this: DStream<T>, prefix: string, suffix?: string) {
  return saveAsFiles(this, prefix, suffix, TEXT_FILES);
}
