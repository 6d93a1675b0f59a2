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

/** A position inside a record: array indexes from the outside in. */
export type Path = readonly number[];

/** Where a record holds grouped values (Spark's buffers), e.g. [[1]] for groupByKey's (k, values). */
export function groupPaths(v: unknown, at: number[] = [], out: number[][] = []): number[][] {
  if (!Array.isArray(v)) return out;
  const seq = scalaSeqName(v);
  if (seq === "CompactBuffer" || seq === "ArrayBuffer") out.push(at);
  else v.forEach((x, i) => groupPaths(x, [...at, i], out));
  return out;
}

/** The group positions every record has (so a position is read as a bag only where the engine's
 * records all hold a group there). */
export function commonGroupPaths(records: readonly unknown[]): Path[] {
  if (records.length === 0) return [];
  const key = (p: Path) => p.join("/");
  let common = new Map(groupPaths(records[0]).map((p) => [key(p), p]));
  for (const r of records.slice(1)) {
    const here = new Set(groupPaths(r).map(key));
    common = new Map([...common].filter(([k]) => here.has(k)));
  }
  return [...common.values()];
}

/**
 * A canon() text with the lists at `paths` sorted, as canon() sorts a group: PySpark's exports turn a
 * group (ResultIterable) into a Python list to print it, so the Spark side's text of a group is a
 * list in Spark's order, where the engine's is sorted.
 */
export function sortedAt(text: string, paths: readonly Path[]): string {
  if (paths.length === 0 || !text.startsWith("[")) return text;
  if (paths.some((p) => p.length === 0)) return `[${canonItems(text).sort(byCodePoint).join(",")}]`;
  const items = canonItems(text);
  return `[${items.map((item, i) => sortedAt(item, paths.filter((p) => p[0] === i).map((p) => p.slice(1)))).join(",")}]`;
}

/** The items of a canon() list text ("[a,b,[c,d]]" -> ["a", "b", "[c,d]"]). */
export function canonItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 1;
  let inString = false;
  for (let i = 1; i < list.length - 1; i++) {
    const c = list[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      items.push(list.slice(start, i));
      start = i + 1;
    }
  }
  if (list.length > 2) items.push(list.slice(start, list.length - 1));
  return items;
}
