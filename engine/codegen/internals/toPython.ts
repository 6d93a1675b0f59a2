// Translates a parsed JavaScript arrow function into a Python lambda (throws `Untranslatable` otherwise).
import { type Expr, parseArrow, Untranslatable } from "./jsExpr";
import { flattenParams, type LambdaParams } from "./lambdaParams";
import { isRddExpr } from "./rddMethods";

const BINARY: Record<string, string> = {
  "===": "==",
  "==": "==",
  "!==": "!=",
  "!=": "!=",
  "&&": "and",
  "||": "or",
};
const GLOBAL_CALLS: Record<string, string> = {
  "Math.max": "max",
  "Math.min": "min",
  "Math.abs": "abs",
  "Math.round": "round",
  "Math.floor": "math.floor",
  "Math.ceil": "math.ceil",
  "Math.sqrt": "math.sqrt",
  Number: "float",
  parseInt: "int",
  parseFloat: "float",
  String: "str",
};
const STRING_METHODS: Record<string, string> = {
  toUpperCase: "upper",
  toLowerCase: "lower",
  trim: "strip",
  startsWith: "startswith",
  endsWith: "endswith",
  split: "split",
};

/** `rddParams`: how many leading parameters are RDDs (transform functions), so `.map` stays an RDD call. */
export function jsToPython(src: string, rddParams = 0): string {
  const fn = parseArrow(src);
  const rdds = new Set(fn.params.slice(0, rddParams).flatMap((p) => (p.type === "id" ? [p.name] : [])));
  return lambda(fn.params, fn.body, undefined, rdds);
}

function lambda(
  params: Parameters<typeof flattenParams>[0],
  body: Expr,
  outer: LambdaParams | undefined,
  rdds: Set<string>,
): string {
  const scope = flattenParams(params, outer);
  const text = emit(body, scope, rdds);
  return scope.names.length ? `lambda ${scope.names.join(", ")}: ${text}` : `lambda: ${text}`;
}

function calleeName(e: Expr): string | undefined {
  if (e.type === "id") return e.name;
  if (e.type === "member" && e.object.type === "id") return `${e.object.name}.${e.prop}`;
  return undefined;
}

function emit(e: Expr, scope: LambdaParams, rdds: Set<string>): string {
  const sub = (x: Expr) => {
    const s = emit(x, scope, rdds);
    return x.type === "binary" || x.type === "cond" || x.type === "arrow" || x.type === "unary"
      ? `(${s})`
      : s;
  };
  switch (e.type) {
    case "num":
      return e.value;
    case "str":
      return JSON.stringify(e.value);
    case "lit":
      return e.value === "true" ? "True" : e.value === "false" ? "False" : "None";
    case "id": {
      const b = scope.bound.get(e.name);
      if (b) return `${b.root}${b.path.map((i) => `[${i}]`).join("")}`;
      if (["Math", "JSON", "console", "Object"].includes(e.name)) throw new Untranslatable(e.name);
      return e.name;
    }
    case "array":
      return e.items.length === 1
        ? `(${emit(e.items[0], scope, rdds)},)`
        : `(${e.items.map((x) => emit(x, scope, rdds)).join(", ")})`;
    case "member":
      if (e.prop === "length") return `len(${emit(e.object, scope, rdds)})`;
      if (e.prop === "sparkContext" || e.prop === "context") return `${sub(e.object)}.context`;
      return `${sub(e.object)}[${JSON.stringify(e.prop)}]`;
    case "index":
      return `${sub(e.object)}[${emit(e.index, scope, rdds)}]`;
    case "unary":
      return e.op === "!" ? `not ${sub(e.arg)}` : `-${sub(e.arg)}`;
    case "binary": {
      const [l, r] = [sub(e.left), sub(e.right)];
      if (e.op === "??") return `${l} if ${l} is not None else ${r}`;
      return `${l} ${BINARY[e.op] ?? e.op} ${r}`;
    }
    case "cond":
      return `${sub(e.then)} if ${sub(e.test)} else ${sub(e.else)}`;
    case "arrow":
      return lambda(e.params, e.body, scope, rdds);
    case "call":
      return call(e, scope, rdds, sub);
  }
}

function call(
  e: Extract<Expr, { type: "call" }>,
  scope: LambdaParams,
  rdds: Set<string>,
  sub: (x: Expr) => string,
): string {
  const args = e.args.map((a) => emit(a, scope, rdds));
  const global = calleeName(e.callee);
  if (global && GLOBAL_CALLS[global]) return `${GLOBAL_CALLS[global]}(${args.join(", ")})`;
  if (e.callee.type !== "member")
    throw new Untranslatable(`no mechanical translation of ${calleeName(e.callee) ?? "this call"}()`);
  const { object, prop } = e.callee;
  const target = sub(object);
  if (isRddExpr(object, rdds)) return `${target}.${prop}(${args.join(", ")})`;
  if (STRING_METHODS[prop]) return `${target}.${STRING_METHODS[prop]}(${args.join(", ")})`;
  switch (prop) {
    case "includes":
      return `${args[0]} in ${target}`;
    case "map":
      return `list(map(${args[0]}, ${target}))`;
    case "filter":
      return `list(filter(${args[0]}, ${target}))`;
    case "reduce":
      return `reduce(${args[0]}, ${target}${args[1] ? `, ${args[1]}` : ""})`;
    case "join":
      return `${args[0] ?? '","'}.join(${target})`;
    case "slice":
      return `${target}[${args[0] ?? ""}:${args[1] ?? ""}]`;
    case "toString":
      return `str(${target})`;
  }
  throw new Untranslatable(`no mechanical translation of .${prop}()`);
}
