// Compiles a parsed expression against a schema into a row function and its Spark SQL type, with
// Spark's (non-ANSI) semantics: null in, null out; `/` always a DOUBLE and null on a zero divisor; AND /
// OR three-valued; integer arithmetic on INT stays INT (wrapping as Java's), on BIGINT stays BIGINT.
import type { Expr, SqlType } from "./ast";
import type { Field } from "./ddl";

export type Value = string | number | boolean | null | { start: number; end: number } | Value[];
export type Row = Value[];

export class AnalysisError extends Error {}

export interface Compiled {
  type: SqlType;
  eval: (row: Row) => Value;
  /** The column a bare reference or an alias of one passes on (keeps its event-time mark, as Spark's Alias). */
  source?: number;
}

const NUMERIC: SqlType[] = ["int", "long", "double"];
const isNumeric = (t: SqlType) => NUMERIC.includes(t) || t === "null";

/** Spark's UNRESOLVED_COLUMN message, with its suggestions. */
export function unresolved(name: string, fields: readonly Field[]): AnalysisError {
  const names = fields.map((f) => `\`${f.name}\``).join(", ");
  return new AnalysisError(
    `[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name \`${name}\` cannot be resolved. Did you mean one of the following? [${names}].`,
  );
}

/** Column lookup, case-insensitive as Spark's default resolver. */
export function resolveColumn(name: string, fields: readonly Field[]): number {
  const i = fields.findIndex((f) => f.name.toLowerCase() === name.toLowerCase());
  if (i < 0) throw unresolved(name, fields);
  return i;
}

function widen(a: SqlType, b: SqlType): SqlType {
  if (a === "double" || b === "double") return "double";
  if (a === "long" || b === "long") return "long";
  if (a === "null") return b;
  if (b === "null") return a;
  return "int";
}

const TIMESTAMP_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?Z?$/;

/** A timestamp string as Spark casts it (session time zone UTC): "2026-12-02 12:07:00" -> epoch ms. */
export function parseTimestamp(text: string): number | null {
  const m = TIMESTAMP_TEXT.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", ms = "0"] = m;
  return Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, +ms.padEnd(3, "0"));
}

/** Spark's Cast from `from` (when known) to `to`: an integer prints without ".0", a timestamp casts to
 *  seconds since the epoch as a number. */
function castTo(v: Value, to: SqlType, from?: SqlType): Value {
  if (v === null) return null;
  if (from === "timestamp" && typeof v === "number" && (to === "int" || to === "long" || to === "double"))
    return to === "double" ? v / 1000 : Math.floor(v / 1000);
  switch (to) {
    case "string":
      return typeof v === "string" ? v : formatValue(v, from ?? (typeof v === "number" ? "double" : "string"));
    case "int":
    case "long": {
      const n = typeof v === "string" ? Number(v.trim()) : typeof v === "boolean" ? Number(v) : (v as number);
      if (typeof n !== "number" || !Number.isFinite(n)) return null;
      const t = Math.trunc(n);
      return to === "int" ? t | 0 : t;
    }
    case "double": {
      const n = typeof v === "string" ? Number(v.trim()) : typeof v === "boolean" ? Number(v) : (v as number);
      return typeof n === "number" && !Number.isNaN(n) ? n : null;
    }
    case "boolean":
      if (typeof v === "string")
        return /^(true|t|yes|y|1)$/i.test(v.trim())
          ? true
          : /^(false|f|no|n|0)$/i.test(v.trim())
            ? false
            : null;
      return typeof v === "number" ? v !== 0 : (v as boolean);
    case "timestamp":
      return typeof v === "string" ? parseTimestamp(v) : typeof v === "number" ? v : null;
    default:
      return v;
  }
}

/** How Spark's cast to string prints a value of a type (timestamps in UTC, doubles as Java does). */
export function formatValue(v: Value, type: SqlType): string {
  if (v === null) return "null";
  if (type === "timestamp" && typeof v === "number") return formatTimestamp(v);
  if (type === "double" && typeof v === "number") return javaDouble(v);
  if (typeof v === "object" && !Array.isArray(v))
    return `{${formatTimestamp(v.start)}, ${formatTimestamp(v.end)}}`;
  if (Array.isArray(v)) return `[${v.map((x) => formatValue(x, "string")).join(", ")}]`;
  return String(v);
}

/** "2026-12-02 12:07:00" (and ".5" style fractions, as Spark prints them). */
export function formatTimestamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  const frac = iso.slice(20, 23).replace(/0+$/, "");
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${frac ? `.${frac}` : ""}`;
}

/** Java's Double.toString: 3.0, 0.1, 1.0E10, 1.0E-5. */
export function javaDouble(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : "-Infinity";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(x);
    return s.includes(".") || s.includes("e") ? s : `${s}.0`;
  }
  const [mant, exp] = x.toExponential().split("e");
  return `${mant.includes(".") ? mant : `${mant}.0`}E${Number(exp)}`;
}

function compare(a: Value, b: Value): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

const wrapInt = (n: number) => n | 0;

function arithmetic(op: string, l: Compiled, r: Compiled): Compiled {
  if (!isNumeric(l.type) || !isNumeric(r.type)) {
    if (!(l.type === "string" || r.type === "string"))
      throw new AnalysisError(
        `[DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES] Cannot resolve "(${op})" due to data type mismatch`,
      );
  }
  const num = (c: Compiled) => (c.type === "string" ? (row: Row) => castTo(c.eval(row), "double") : c.eval);
  const le = num(l);
  const re = num(r);
  const type: SqlType =
    op === "/" ? "double" : l.type === "string" || r.type === "string" ? "double" : widen(l.type, r.type);
  const f: (a: number, b: number) => number | null =
    op === "+"
      ? (a, b) => a + b
      : op === "-"
        ? (a, b) => a - b
        : op === "*"
          ? (a, b) => a * b
          : op === "/"
            ? (a, b) => (b === 0 ? null : a / b)
            : (a, b) => (b === 0 ? null : a % b);
  const fix = type === "int" ? wrapInt : (n: number) => n;
  return {
    type,
    eval: (row) => {
      const a = le(row);
      const b = re(row);
      if (a === null || b === null) return null;
      const out = f(a as number, b as number);
      return out === null ? null : type === "long" && op === "*" ? Math.trunc(out) : fix(out);
    },
  };
}

function comparison(op: string, l: Compiled, r: Compiled): Compiled {
  // A timestamp against a string literal: Spark casts the string to a timestamp.
  const lt = l.type === "string" && r.type === "timestamp" ? "timestamp" : null;
  const rt = r.type === "string" && l.type === "timestamp" ? "timestamp" : null;
  const numVsString = isNumeric(l.type) !== isNumeric(r.type) && (l.type === "string" || r.type === "string");
  const le = lt
    ? (row: Row) => castTo(l.eval(row), "timestamp")
    : numVsString && l.type === "string"
      ? (row: Row) => castTo(l.eval(row), "double")
      : l.eval;
  const re = rt
    ? (row: Row) => castTo(r.eval(row), "timestamp")
    : numVsString && r.type === "string"
      ? (row: Row) => castTo(r.eval(row), "double")
      : r.eval;
  const test: (c: number) => boolean =
    op === "=" || op === "<=>"
      ? (c) => c === 0
      : op === "!="
        ? (c) => c !== 0
        : op === "<"
          ? (c) => c < 0
          : op === "<="
            ? (c) => c <= 0
            : op === ">"
              ? (c) => c > 0
              : (c) => c >= 0;
  return {
    type: "boolean",
    eval: (row) => {
      const a = le(row);
      const b = re(row);
      if (op === "<=>") return a === null || b === null ? a === b : test(compare(a, b));
      if (a === null || b === null) return null;
      return test(compare(a, b));
    },
  };
}

const str = (v: Value): string | null =>
  v === null
    ? null
    : typeof v === "string"
      ? v
      : formatValue(v, typeof v === "number" ? (Number.isInteger(v) ? "long" : "double") : "string");

/** Java's String.substring with Spark's 1-based position (0 acts as 1, negative counts from the end). */
function substring(s: string, pos: number, len: number): string {
  const chars = [...s];
  let start = pos > 0 ? pos - 1 : pos < 0 ? Math.max(chars.length + pos, 0) : 0;
  if (pos < 0 && chars.length + pos < 0) len += chars.length + pos;
  start = Math.min(start, chars.length);
  return len <= 0 ? "" : chars.slice(start, start + len).join("");
}

function call(e: Extract<Expr, { k: "call" }>, fields: readonly Field[]): Compiled {
  const args = e.args.map((a) => compile(a, fields));
  const a0 = args[0];
  switch (e.fn) {
    case "lower":
    case "upper":
      return {
        type: "string",
        eval: (row) => {
          const s = str(a0.eval(row));
          return s === null ? null : e.fn === "lower" ? s.toLowerCase() : s.toUpperCase();
        },
      };
    case "length":
      return {
        type: "int",
        eval: (row) => {
          const s = str(a0.eval(row));
          return s === null ? null : [...s].length;
        },
      };
    case "concat":
      return {
        type: "string",
        eval: (row) => {
          let out = "";
          for (const a of args) {
            const s = str(a.eval(row));
            if (s === null) return null;
            out += s;
          }
          return out;
        },
      };
    case "substring": {
      const len = args[2];
      return {
        type: "string",
        eval: (row) => {
          const s = str(a0.eval(row));
          const p = args[1].eval(row);
          const l = len ? len.eval(row) : 2147483647;
          if (s === null || p === null || l === null) return null;
          return substring(s, Number(p), Number(l));
        },
      };
    }
    case "split": {
      const limit = args[2];
      return {
        type: "array",
        eval: (row) => {
          const s = str(a0.eval(row));
          const re = str(args[1].eval(row));
          if (s === null || re === null) return null;
          const lim = limit ? Number(limit.eval(row)) : -1;
          return javaSplit(s, re, lim);
        },
      };
    }
    case "abs":
      return {
        type: a0.type,
        eval: (row) => {
          const v = a0.eval(row);
          return v === null ? null : Math.abs(v as number);
        },
      };
    case "explode":
      throw new AnalysisError(
        "explode is only allowed at the top of a select list (a generator), as in select(explode(...) AS word)",
      );
    case "window":
      throw new AnalysisError("window(...) is only allowed in groupBy: set the groupBy node's window column");
    default:
      throw new AnalysisError(
        `[UNSUPPORTED_GENERATOR.NESTED_IN_EXPRESSIONS] or aggregate ${e.fn}(...) outside an aggregation: aggregates go in groupBy's aggregates`,
      );
  }
}

/** Java's String.split(regex, limit) as Spark's split uses it (limit -1 keeps trailing empty strings). */
export function javaSplit(s: string, regex: string, limit: number): string[] {
  if (s === "") return [""];
  const re = new RegExp(regex, "gu");
  const out: string[] = [];
  let last = 0;
  for (const m of s.matchAll(re)) {
    if (limit > 0 && out.length === limit - 1) break;
    if (m[0] === "" && (m.index === 0 || m.index === s.length)) continue;
    if (m.index === 0 && m[0].length > 0 && last === 0 && out.length === 0) {
      // Java keeps a leading empty string for a match of positive width at index 0
      out.push("");
      last = m[0].length;
      continue;
    }
    out.push(s.slice(last, m.index));
    last = m.index + m[0].length;
  }
  out.push(s.slice(last));
  if (limit === 0) while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

function toBool(v: Value): boolean | null {
  return v === null ? null : Boolean(v);
}

/** Compiles `e` against the row schema `fields`; throws AnalysisError with Spark's message. */
export function compile(e: Expr, fields: readonly Field[]): Compiled {
  switch (e.k) {
    case "col": {
      const i = resolveColumn(e.name, fields);
      return { type: fields[i].type, eval: (row) => row[i], source: i };
    }
    case "alias":
      return compile(e.e, fields);
    case "star":
      throw new AnalysisError("* is only allowed in count(*)");
    case "lit": {
      const v = e.value;
      return { type: e.type, eval: () => v };
    }
    case "neg": {
      const c = compile(e.e, fields);
      return {
        type: c.type,
        eval: (row) => {
          const v = c.eval(row);
          return v === null ? null : -(v as number);
        },
      };
    }
    case "not": {
      const c = compile(e.e, fields);
      return {
        type: "boolean",
        eval: (row) => {
          const v = toBool(c.eval(row));
          return v === null ? null : !v;
        },
      };
    }
    case "isNull": {
      const c = compile(e.e, fields);
      return { type: "boolean", eval: (row) => (c.eval(row) === null) !== e.negated };
    }
    case "cast": {
      const c = compile(e.e, fields);
      return { type: e.to, eval: (row) => castTo(c.eval(row), e.to, c.type) };
    }
    case "call":
      return call(e, fields);
    case "bin": {
      const l = compile(e.l, fields);
      const r = compile(e.r, fields);
      if (e.op === "and")
        return {
          type: "boolean",
          eval: (row) => {
            const a = toBool(l.eval(row));
            if (a === false) return false;
            const b = toBool(r.eval(row));
            if (b === false) return false;
            return a === null || b === null ? null : true;
          },
        };
      if (e.op === "or")
        return {
          type: "boolean",
          eval: (row) => {
            const a = toBool(l.eval(row));
            if (a === true) return true;
            const b = toBool(r.eval(row));
            if (b === true) return true;
            return a === null || b === null ? null : false;
          },
        };
      if (["+", "-", "*", "/", "%"].includes(e.op)) return arithmetic(e.op, l, r);
      return comparison(e.op, l, r);
    }
  }
}

export { castTo };
