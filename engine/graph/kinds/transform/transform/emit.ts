// transform: the user's function takes (rdd, timeMs, table); Spark's transform passes (rdd, time), and
// PySpark's (time, rdd).
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { isEmpty } from "../../../../codegen/internals/literals";
import { inlineRddFunction } from "../../../../codegen/internals/scalaEmit";
import { keepsRecordType, splitLambda } from "../../../../codegen/internals/scalaTypes";
import { annotateParams, recordType } from "../../../../codegen/internals/tsTypes";

export const transformEmitters: KindEmitters = {
  typescript: (s, h) => {
    h.useType("RDD");
    const tableType = recordType(Array.isArray(s.params.table) ? s.params.table : []);
    const table = h.has("table")
      ? h.define("Table", `ssc.sparkContext.parallelize<${tableType}>(${h.lit("table")})`)
      : "undefined";
    const types = [`RDD<${h.recordOf(0)}>`, "number", h.has("table") ? `RDD<${tableType}>` : "undefined"];
    const fn = h.define("Fn", annotateParams(h.fn("fn"), types));
    return `${h.input(0)}.transform((rdd, timeMs) => ${fn}(rdd, timeMs, ${table}))`;
  },
  // PySpark's time is a datetime: the function gets milliseconds, and only the arguments it declares.
  pyspark: (s, h) => {
    const fn = h.define("fn", h.fn("fn", 1));
    // The table's RDD is made in each batch from its rows, not held by the function: with a checkpoint
    // directory PySpark pickles the graph's functions, and a function holding an RDD cannot be pickled.
    const table = isEmpty(s.params.table)
      ? "None"
      : `rdd.context.parallelize(${h.define("table_rows", h.lit("table"))})`;
    const args = ["rdd", `${h.helper("js_time_ms")}(time)`, table].slice(0, Math.max(1, h.arity("fn")));
    return `${h.input(0)}.transform(lambda time, rdd: ${fn}(${args.join(", ")}))`;
  },
  scala: (s, h) => {
    let fn = h.fn("fn", 1);
    const table = h.has("table") ? h.define("Table", `sc.parallelize(${h.lit("table")})`) : undefined;
    if (hasMixedKeys(s.params.table)) fn = widenJoinedKeys(fn);
    else if (keepsRecordType(fn)) h.produces(h.valueType(0));
    const inline = inlineRddFunction(fn, 1, table);
    if (inline) return `${h.input(0)}.transform(${inline})`;
    return `${h.input(0)}.transform((rdd, time) => ${h.define("Fn", fn)}(rdd, time.milliseconds, ${table ?? "null"}))`;
  },
};

/** Rows whose keys are both numbers and strings: Scala types the table Seq[(Any, V)]. */
function hasMixedKeys(rows: unknown): boolean {
  if (!Array.isArray(rows)) return false;
  const kinds = new Set(rows.map((row) => (Array.isArray(row) ? typeof row[0] : "none")));
  return kinds.has("number") && kinds.has("string");
}

/**
 * `rdd.join(table)` (or another join or cogroup) with the stream's keys widened to Any, the table's key
 * type when its keys mix numbers and strings: Scala joins only RDDs of the same key type. Equal keys stay
 * equal (a boxed 1 equals 1), so the join matches what the studio and PySpark match.
 */
function widenJoinedKeys(fn: string): string {
  const table = splitLambda(fn)?.params[2]; // (rdd, timeMs, table): whatever the user named it
  if (!table) return fn;
  const joined = new RegExp(
    `\\b(\\w+)\\.(join|leftOuterJoin|rightOuterJoin|fullOuterJoin|cogroup)\\(${table.replace(/\$/g, "\\$")}\\)`,
    "g",
  );
  return fn.replace(
    joined,
    (_all, rdd: string, op: string) => `${rdd}.map(p => (p._1: Any, p._2)).${op}(${table})`,
  );
}
