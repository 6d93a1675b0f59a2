// User functions (JavaScript) translated to Python and Scala: acorn's AST -> ./ir.ts (lower.ts) -> one
// printer per language. Anything outside the subset throws `Untranslatable`; the exporters then write a
// marked stub that compiles and fails loudly when called.
import { type Expr, type Fn, type Stmt, Untranslatable } from "./ir";
import { type LowerOptions, lowerFunction } from "./lower";
import { pyDef, pyLambda } from "./python";
import { scalaLambda } from "./scala";

export { Untranslatable };

export interface TranslateContext {
  /** Collects the runtime helpers the translated code calls. */
  helpers: Set<string>;
  /** Python only: where a block-bodied function's `def` goes, and its name. */
  defs?: string[];
  defName?: string;
}

/** A Python lambda, or the name of a `def` pushed to `ctx.defs` for a block body. */
export function jsToPython(
  src: string,
  rddParams = 0,
  ctx: TranslateContext = { helpers: new Set() },
): string {
  const fn = lowerFunction(src, rddParams);
  if (!Array.isArray(fn.body)) return pyLambda(fn, ctx);
  if (!ctx.defs || !ctx.defName) throw new Untranslatable("a block body here");
  ctx.defs.push(...pyDef(fn, ctx.defName, ctx), "");
  return ctx.defName;
}

export interface ScalaFnOptions extends LowerOptions {
  /** The result as an Option: `undefined` is None, anything else Some(it) (Spark's update and mapping
   * functions where the studio's "undefined" drops the key or emits nothing). */
  optionResult?: boolean;
}

/** A Scala function literal `(a, b) => body`. */
export function jsToScala(
  src: string,
  rddParams = 0,
  ctx: TranslateContext = { helpers: new Set() },
  options: ScalaFnOptions = {},
): string {
  const fn = lowerFunction(src, rddParams, options);
  return scalaLambda(options.optionResult ? optionResult(fn) : fn, ctx);
}

function optionResult(fn: Fn): Fn {
  // An Option already (the previous state returned as it is) stays one.
  const wrap = (e: Expr): Expr =>
    e.k === "none" || e.t === "option"
      ? e
      : e.k === "cond"
        ? { ...e, ifTrue: wrap(e.ifTrue), ifFalse: wrap(e.ifFalse), t: "any" }
        : { k: "op", op: "option", args: [e], t: "any" };
  const stmts = (ss: Stmt[]): Stmt[] =>
    ss.map((s) =>
      s.k === "return"
        ? { ...s, value: wrap(s.value) }
        : s.k === "if"
          ? { ...s, ifTrue: stmts(s.ifTrue), ifFalse: stmts(s.ifFalse) }
          : s,
    );
  return { ...fn, body: Array.isArray(fn.body) ? stmts(fn.body) : wrap(fn.body) };
}

/** The number of parameters of a function's source, for a stub of the right arity (1 if unparsable). */
export function arity(src: string): number {
  try {
    return lowerFunction(src).params.length;
  } catch {
    const m = /^\s*(?:function\s*\w*\s*)?\(([^)]*)\)/.exec(src);
    return m ? m[1].split(",").filter((p) => p.trim()).length : 1;
  }
}
