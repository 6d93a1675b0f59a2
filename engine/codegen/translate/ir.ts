// The small typed IR between acorn's AST and the per-language printers. It keeps JavaScript's meaning
// explicit (a string concatenation is not a numeric `+`, `%` is a remainder with the dividend's sign, a
// call is a named operation), so each printer only decides how its language writes that meaning.

export class Untranslatable extends Error {}

/** What the translator knows of a value's JavaScript type ("any": unknown, e.g. a parameter). */
/** "strs": an array of strings (what split returns). */
/** "state": mapWithState's State (its methods are kept as they are). */
/** "option": a value that may be undefined, Scala's Option (updateStateByKey's previous state). */
export type JsType = "str" | "num" | "bool" | "arr" | "strs" | "tuple" | "rdd" | "state" | "option" | "any";

/** Operations that need a language decision (a method name, a helper, an argument order). */
export type Op =
  | "max"
  | "min"
  | "abs"
  | "floor"
  | "ceil"
  | "round"
  | "sqrt"
  | "trunc"
  | "number"
  | "parseInt"
  | "parseFloat"
  | "upper"
  | "lower"
  | "trim"
  | "startsWith"
  | "endsWith"
  | "includes"
  | "indexOf"
  | "split"
  | "splitRegex"
  | "join"
  | "slice"
  | "substring"
  | "charAt"
  | "replace"
  | "replaceAll"
  | "map"
  | "filter"
  | "reduce"
  | "some"
  | "every"
  /** Array.from(iterable[, mapFn]) and [...iterable]: a list of an iterator's (a partition's) items. */
  | "arrayFrom"
  /** A function's result made an Option (Scala's Some(x); None stays None): "undefined emits nothing". */
  | "option";

export type Expr = { t: JsType } & (
  | { k: "num"; value: string }
  | { k: "str"; value: string }
  | { k: "bool"; value: boolean }
  | { k: "none" }
  | { k: "var"; name: string; path: number[] }
  | { k: "seq"; items: Expr[]; pair: boolean }
  | { k: "obj"; entries: [string, Expr][] }
  | { k: "field"; object: Expr; prop: string }
  | { k: "length"; object: Expr }
  | { k: "index"; object: Expr; index: Expr }
  | { k: "arith"; op: "+" | "-" | "*" | "/" | "%"; left: Expr; right: Expr }
  | { k: "compare"; op: "==" | "!=" | "<" | ">" | "<=" | ">="; left: Expr; right: Expr }
  | { k: "logic"; op: "&&" | "||" | "??"; left: Expr; right: Expr }
  | { k: "not"; arg: Expr }
  | { k: "neg"; arg: Expr }
  | { k: "cond"; test: Expr; ifTrue: Expr; ifFalse: Expr }
  /** String concatenation: every part is converted as JavaScript's String() would. */
  | { k: "concat"; parts: Expr[] }
  | { k: "toStr"; arg: Expr }
  | { k: "op"; op: Op; target?: Expr; args: Expr[] }
  /** A method kept as it is in every language (RDD methods, the same names in Python and Scala). */
  | { k: "rddCall"; target: Expr; method: string; args: Expr[] }
  | { k: "context"; target: Expr }
  | { k: "fn"; fn: Fn }
);

export type Stmt =
  | { k: "let"; name: string; init: Expr }
  | { k: "return"; value: Expr }
  /** A call for its effect (`state.update(sum);`). */
  | { k: "do"; value: Expr }
  | { k: "if"; test: Expr; ifTrue: Stmt[]; ifFalse: Stmt[] };

export interface Fn {
  params: string[];
  /** An expression body, or statements (a block body that returns on every path). */
  body: Expr | Stmt[];
}
