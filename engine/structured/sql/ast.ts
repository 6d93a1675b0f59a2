// The column-expression language: a small subset of Spark SQL's expression syntax (what `selectExpr`,
// `where("...")`, `expr("...")` and `agg(expr("..."))` accept), so an exported program hands Spark the very
// text the studio ran. Plain data: the app's inspector checks the text at the field with `parseExpression`.

/** Spark SQL's types, as far as the engine needs them (TimestampType in ms; a window is struct<start,end>). */
export type SqlType =
  | "string"
  | "int"
  | "long"
  | "double"
  | "boolean"
  | "timestamp"
  | "window"
  | "array"
  | "null";

export type BinaryOp =
  | "+"
  | "-"
  | "*"
  | "/"
  | "%"
  | "="
  | "<=>"
  | "!="
  | "<"
  | "<="
  | ">"
  | ">="
  | "and"
  | "or";

export type Expr =
  | { k: "col"; name: string }
  /** `*` (in `count(*)` and `select *`) */
  | { k: "star" }
  | { k: "lit"; value: string | number | boolean | null; type: SqlType }
  | { k: "bin"; op: BinaryOp; l: Expr; r: Expr }
  | { k: "not"; e: Expr }
  | { k: "neg"; e: Expr }
  | { k: "isNull"; e: Expr; negated: boolean }
  | { k: "call"; fn: string; args: Expr[]; distinct?: boolean }
  | { k: "cast"; e: Expr; to: SqlType }
  | { k: "alias"; e: Expr; name: string };

/** The functions the language knows (lower case), with their argument counts. */
export const FUNCTIONS: Readonly<Record<string, { min: number; max: number; aggregate?: boolean }>> = {
  split: { min: 2, max: 3 },
  explode: { min: 1, max: 1 },
  lower: { min: 1, max: 1 },
  upper: { min: 1, max: 1 },
  length: { min: 1, max: 1 },
  concat: { min: 1, max: 100 },
  substring: { min: 2, max: 3 },
  abs: { min: 1, max: 1 },
  window: { min: 2, max: 3 },
  count: { min: 1, max: 1, aggregate: true },
  sum: { min: 1, max: 1, aggregate: true },
  avg: { min: 1, max: 1, aggregate: true },
  min: { min: 1, max: 1, aggregate: true },
  max: { min: 1, max: 1, aggregate: true },
};

export const isAggregate = (e: Expr): boolean => e.k === "call" && FUNCTIONS[e.fn]?.aggregate === true;
