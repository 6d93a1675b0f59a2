// Spark's DStream.print(num): a header with the batch time, the first `num` elements, "..." if there
// are more, then a blank line. Lines go to ssc.out (console.log by default).
import type { DStream } from "../core/DStream";
import { formatRecord } from "../core/format";
import { ForEachDStream } from "./ForEachDStream";

const RULE = "-------------------------------------------";

export function printLines(firstNum: readonly unknown[], num: number, timeMs: number): string[] {
  const lines = [RULE, `Time: ${timeMs} ms`, RULE];
  for (const r of firstNum.slice(0, num)) lines.push(formatRecord(r));
  if (firstNum.length > num) lines.push("...");
  lines.push("");
  return lines;
}

declare module "../core/DStream" {
  interface FluentMethods<T> {
    /** Print the first `num` (default 10) elements of every RDD, in Spark's format. */
    print(num?: number): ForEachDStream<T>;
  }
}

export function printMethod<T>(this: DStream<T>, num = 10) {
  const out = this.ssc.out;
  return new ForEachDStream<T>(
    this,
    (rdd, timeMs) => {
      for (const line of printLines(rdd.take(num + 1), num, timeMs)) out(line);
    },
    "print",
  );
}
