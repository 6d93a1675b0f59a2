// User functions: JavaScript or TypeScript source text typed into a node (a function expression such as
// `(line: string) => line.split(" ")`). Types are stripped with sucrase; acorn parses the result, and
// the source when sucrase fails, because sucrase backtracks on arrow bodies and reports a syntax error
// at the arrow instead of where it is. Compiling evaluates the expression with `new Function`, which
// only the worker does; checking never runs anything.
import { parseExpressionAt, tokenizer } from "acorn";
import { transform } from "sucrase";

export interface UserSyntaxError {
  message: string;
  /** 1-based, in the user's source. */
  line: number;
  /** 1-based, in the user's source. */
  column: number;
}

export type CheckResult = { ok: true; js: string } | { ok: false; error: UserSyntaxError };

// The source goes on its own line so line numbers shift by exactly one and columns not at all.
const PREFIX = "const __userFunction = (\n";
const SUFFIX = "\n);";

interface Located {
  message: string;
  /** 0-based index into the user's source. */
  index: number;
}

function withoutLoc(message: string): string {
  return message.replace(/ \(\d+:\d+\)$/, "");
}

/** Sucrase output, or where (in `code`) it failed. */
function stripTypes(prefix: string, code: string, suffix: string): { js: string } | Located {
  try {
    return {
      js: transform(prefix + code + suffix, { transforms: ["typescript"], disableESTransforms: true }).code,
    };
  } catch (e) {
    const err = e as Error & { pos?: number };
    const index = Math.min(Math.max((err.pos ?? prefix.length) - prefix.length, 0), code.length);
    return { message: withoutLoc(err.message), index };
  }
}

/** Acorn's verdict on a JavaScript function expression: undefined when it parses and loads no module. */
function acornError(js: string): Located | undefined {
  try {
    const node = parseExpressionAt(js, 0, { ecmaVersion: "latest" });
    const tail = js.slice(node.end);
    const rest = tail.trimStart();
    if (rest === "" || rest === ";") return moduleLoad(node);
    return {
      message: `Unexpected token after the function: ${rest.slice(0, 20)}`,
      index: node.end + tail.length - rest.length,
    };
  } catch (e) {
    const err = e as SyntaxError & { pos?: number };
    if (err.pos === undefined) throw e;
    return { message: withoutLoc(err.message), index: err.pos };
  }
}

/** Index just after the first `=>` outside brackets, found with acorn's tokenizer (types tokenize fine). */
function arrowBodyStart(source: string): number | undefined {
  let depth = 0;
  try {
    for (const token of tokenizer(source, { ecmaVersion: "latest" })) {
      const label = token.type.label;
      if (label === "(" || label === "[" || label === "{" || label === "${") depth++;
      else if (label === ")" || label === "]" || label === "}") depth--;
      else if (label === "=>" && depth === 0) return token.end;
    }
  } catch {
    // an untokenizable source: the other checks locate the problem
  }
  return undefined;
}

/**
 * Sucrase backtracks when an arrow body does not parse and blames the arrow; parsing the body on its
 * own finds the real place.
 */
function arrowBodyError(source: string): Located | undefined {
  const start = arrowBodyStart(source);
  if (start === undefined) return undefined;
  const body = source.slice(start);
  const isBlock = body.trimStart().startsWith("{");
  const result = isBlock
    ? stripTypes("function __body() ", body, "")
    : stripTypes("const __body = (", body, ");");
  return "js" in result ? undefined : { message: result.message, index: start + result.index };
}

/**
 * import() and import.meta: a pipeline function runs sandboxed, with no network and no script URL to
 * load, so loading a module could only fail later, as an unhandled rejection no node would show. It is
 * refused here instead, where the node can say so.
 */
function moduleLoad(node: unknown): Located | undefined {
  if (!node || typeof node !== "object") return undefined;
  const n = node as { type?: unknown; start?: number; meta?: { name?: string } };
  if (n.type === "ImportExpression" || (n.type === "MetaProperty" && n.meta?.name === "import"))
    return {
      message: "import() is not available in a pipeline function: functions run sandboxed, without network",
      index: n.start ?? 0,
    };
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      const found = child && typeof child === "object" ? moduleLoad(child) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

function toSyntaxError(source: string, at: Located): UserSyntaxError {
  const before = source.slice(0, at.index).split("\n");
  return { message: at.message, line: before.length, column: before[before.length - 1].length + 1 };
}

// The page validates on every edit: remember recent verdicts (sources are small, the set is bounded).
const CACHE_SIZE = 500;
const cache = new Map<string, CheckResult>();

/** Strips types and checks the syntax of a function expression, without running it. */
export function checkUserFunction(source: string): CheckResult {
  const known = cache.get(source);
  if (known) return known;
  const result = checkUncached(source);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(source, result);
  return result;
}

function checkUncached(source: string): CheckResult {
  if (source.trim() === "")
    return { ok: false, error: { message: "The function is empty", line: 1, column: 1 } };
  const stripped = stripTypes(PREFIX, source, SUFFIX);
  if (!("js" in stripped)) {
    // Each parser can stop early for its own reason (acorn at a type, sucrase at a backtracked arrow):
    // the furthest point any of them reached is where the source stops making sense.
    const candidates = [stripped, acornError(source), arrowBodyError(source)].filter(
      (c): c is Located => !!c,
    );
    const furthest = candidates.reduce((a, b) => (b.index > a.index ? b : a));
    return { ok: false, error: toSyntaxError(source, furthest) };
  }
  const code = stripped.js;
  const start = code.indexOf(PREFIX) + PREFIX.length;
  const end = code.lastIndexOf(SUFFIX);
  const js = start >= PREFIX.length && end >= start ? code.slice(start, end) : source;
  const err = acornError(js);
  if (err) return { ok: false, error: toSyntaxError(js, err) };
  return { ok: true, js };
}

/** "Unexpected token (2:7)" */
export function formatSyntaxError(e: UserSyntaxError): string {
  return `${e.message} (line ${e.line}, column ${e.column})`;
}

export class UserFunctionSyntaxError extends Error {
  constructor(readonly syntax: UserSyntaxError) {
    super(formatSyntaxError(syntax));
    this.name = "SyntaxError";
  }
}

/**
 * Evaluates a function expression into a function. Runs the user's top-level expression, so only the
 * worker calls it. Throws UserFunctionSyntaxError, or a TypeError when the value is not a function.
 */
export function compileUserFunction<F extends (...args: any[]) => unknown>(source: string): F {
  const checked = checkUserFunction(source);
  if (!checked.ok) throw new UserFunctionSyntaxError(checked.error);
  const value = new Function(`"use strict";\nreturn (\n${checked.js}\n);`)();
  if (typeof value !== "function") throw new TypeError(`Expected a function, got ${typeof value}`);
  return value as F;
}
