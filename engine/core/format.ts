// Records printed as Scala's toString prints them, for print() and saveAsTextFiles(): tuples (JS arrays)
// as "(a,1)", Spark's buffers of grouped values as "CompactBuffer(1, 2)" / "ArrayBuffer(1, 2)" (a Scala
// Seq's mkString with ", "), None (undefined) as "None", objects as JSON, strings bare.
import { scalaSeqName } from "./scalaBuffers";

export function formatRecord(record: unknown): string {
  if (record === undefined) return "None";
  if (record === null) return "null";
  if (Array.isArray(record)) {
    const seq = scalaSeqName(record);
    if (seq !== undefined) return `${seq}(${record.map(formatRecord).join(", ")})`;
    return `(${record.map(formatRecord).join(",")})`;
  }
  if (typeof record === "object") return JSON.stringify(record);
  return String(record);
}
