// One text per value, the same on both sides: the engine's by its column's Spark SQL type, Spark's by
// the Python value PySpark collects (spark/structured/runner.py's canon()).
import type { SqlType } from "../../engine/structured/sql/ast";
import type { Value } from "../../engine/structured/sql/evaluate";

/** Python's repr of a float: 3.0, 0.1, 1e-05, 1e+16. */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const abs = Math.abs(x);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e16)) {
    const [m, e] = x.toExponential().split("e");
    const exp = Number(e);
    return `${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const s = String(x);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

export function canonValue(v: Value, type: SqlType): string {
  if (v === null) return "null";
  if (type === "window" && typeof v === "object" && !Array.isArray(v)) return `w:${v.start}-${v.end}`;
  if (Array.isArray(v)) return `[${v.map((x) => canonValue(x, "string")).join(",")}]`;
  if (type === "timestamp") return `t:${v}`;
  if (type === "double") return `d:${pyFloat(v as number)}`;
  if (typeof v === "boolean") return String(v);
  if (typeof v === "number") return String(v);
  return JSON.stringify(v);
}

const SIMPLE: Record<SqlType, string> = {
  string: "string",
  int: "int",
  long: "bigint",
  double: "double",
  boolean: "boolean",
  timestamp: "timestamp",
  window: "struct<start:timestamp,end:timestamp>",
  array: "array<string>",
  null: "void",
};

/** Spark's StructType.simpleString of the result. */
export const simpleString = (cols: { name: string; type: SqlType }[]) =>
  `struct<${cols.map((c) => `${c.name}:${SIMPLE[c.type]}`).join(",")}>`;
