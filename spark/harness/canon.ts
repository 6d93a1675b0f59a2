// One record as the differential test compares it, the same text for the engine's JS values and for
// PySpark's Python values (spark/python/collect.py's canon is the Python half): tuples and lists as
// [a,b], strings JSON-quoted, numbers as JavaScript prints them, grouped values (Spark's buffers,
// PySpark's ResultIterable) sorted (Spark does not define the order inside a group), None and
// undefined as null. A float that is integral keeps its ".0" on the Python side, so `3.0` vs `3` shows.
import { scalaSeqName } from "../../engine/core/scalaBuffers";

export function canon(v: unknown): string {
  if (v === undefined || v === null) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return Object.is(v, -0) ? "0" : String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) {
    const items = v.map(canon);
    const seq = scalaSeqName(v);
    if (seq === "CompactBuffer" || seq === "ArrayBuffer") return `[${items.sort(byCodePoint).join(",")}]`;
    return `[${items.join(",")}]`;
  }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).sort(byCodePoint);
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canon(o[k])}`).join(",")}}`;
  }
  return `<${typeof v} ${String(v)}>`;
}

/** Python's default string order (code points), so both sides sort alike. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
