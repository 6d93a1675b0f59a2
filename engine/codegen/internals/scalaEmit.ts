// Scala emission helpers that several kinds' emit.ts share.
import type { ScalaHelpers } from "./emit";
import { splitLambda } from "./scalaTypes";

/**
 * A user function of (rdd(s)..., timeMs, extra) inlined into transform/transformWith as a block: its
 * parameters are the call's, so Scala infers their types (a standalone `val f = (rdd, ...) =>` cannot).
 */
export function inlineRddFunction(fn: string, rdds: number, extra: string | undefined): string | undefined {
  const f = splitLambda(fn);
  if (!f) return undefined;
  const used = (name: string | undefined) => name !== undefined && new RegExp(`\\b${name}\\b`).test(f.body);
  const time = f.params.includes("batchTime") ? "batchTime0" : "batchTime";
  const rddNames = Array.from({ length: rdds }, (_, i) => f.params[i] ?? `rdd${i}`);
  const [timeMs, table] = [f.params[rdds], f.params[rdds + 1]];
  const lines = [
    ...(used(timeMs) ? [`val ${timeMs} = ${time}.milliseconds`] : []),
    ...(used(table) ? [`val ${table} = ${extra ?? "null"}`] : []),
  ];
  const head = `(${[...rddNames, `${time}: Time`].join(", ")}) =>`;
  if (lines.length === 0) return `${head} ${f.body}`;
  return `${head} {\n${[...lines, f.body].map((l) => `      ${l}`).join("\n")}\n    }`;
}

/** A tuple literal `(a, b)` (a top-level comma inside one pair of parentheses), not `(a + b)` or `(a)(b)`. */
function isTupleLiteral(text: string): boolean {
  if (!text.startsWith("(") || !text.endsWith(")")) return false;
  let depth = 0;
  let comma = false;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' && text[i - 1] !== "\\") quoted = !quoted;
    if (quoted) continue;
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c) && --depth === 0 && i < text.length - 1) return false;
    else if (c === "," && depth === 1) comma = true;
  }
  return comma;
}

/** flatMap's JavaScript array result `[a, b]` is translated as a tuple; Scala needs a collection. */
export function asCollection(fn: string): string {
  const f = splitLambda(fn);
  return f && isTupleLiteral(f.body) ? `(${f.params.join(", ")}) => Seq${f.body}` : fn;
}

/** Appends `, <arg>` for each present optional argument, stopping at the first absent one. */
export function optionalArgs(h: ScalaHelpers, ...args: [param: string, text: () => string][]): string {
  let out = "";
  for (const [param, text] of args) {
    if (!h.has(param)) break;
    out += `, ${text()}`;
  }
  return out;
}

/** `, numPartitions` when set. */
export const partitions = (h: ScalaHelpers) =>
  optionalArgs(h, ["numPartitions", () => h.lit("numPartitions")]);
