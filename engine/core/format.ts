// Records printed as Scala's toString prints them, for print() and saveAsTextFiles(): tuples (JS arrays)
// as "(a,1)", Spark's buffers of grouped values as "CompactBuffer(1, 2)" / "ArrayBuffer(1, 2)" (a Scala
// Seq's mkString with ", "), an outer join's Options as "Some(x)" / "None", None (undefined) as "None",
// objects as JSON, strings bare.
import { optionSlots, scalaSeqName } from "./scalaBuffers";

export function formatRecord(record: unknown): string {
  if (record === undefined) return "None";
  if (record === null) return "null";
  if (Array.isArray(record)) {
    const seq = scalaSeqName(record);
    if (seq !== undefined) return `${seq}(${record.map(formatRecord).join(", ")})`;
    const options = optionSlots(record);
    if (options !== 0) return `(${record.map((e, i) => formatElement(e, (options >> i) & 1)).join(",")})`;
    return `(${record.map(formatRecord).join(",")})`;
  }
  if (typeof record === "object") return JSON.stringify(record);
  return String(record);
}

/** A tuple element, wrapped as Scala's Some when its slot is an Option (undefined is None either way). */
function formatElement(element: unknown, isOption: number): string {
  return isOption && element !== undefined ? `Some(${formatRecord(element)})` : formatRecord(element);
}
