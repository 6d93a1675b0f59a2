// User functions (JavaScript) translated to Python and Scala: acorn's AST -> ./ir.ts (lower.ts) -> one
// printer per language. Anything outside the subset throws `Untranslatable`; the exporters then write a
// marked stub that compiles and fails loudly when called.
import { Untranslatable } from "./ir";
import { lowerFunction } from "./lower";
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

/** A Scala function literal `(a, b) => body`. */
export function jsToScala(
  src: string,
  rddParams = 0,
  ctx: TranslateContext = { helpers: new Set() },
): string {
  return scalaLambda(lowerFunction(src, rddParams), ctx);
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
