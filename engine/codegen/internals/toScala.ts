// Translates a parsed JavaScript arrow function into a Scala function literal (throws `Untranslatable`).
// Pairs become tuples (`t._1`), `undefined` becomes None and `x ?? d` becomes `x.getOrElse(d)`, since
// nullable values in the DStream API (state, outer-join sides) are Options in Scala.
import { type Expr, type Pattern, parseArrow, Untranslatable } from "./jsExpr";
import { flattenParams, type LambdaParams } from "./lambdaParams";
import { isRddExpr } from "./rddMethods";

const GLOBAL_CALLS: Record<string, (args: string[]) => string> = {
  "Math.max": (a) => `math.max(${a.join(", ")})`,
  "Math.min": (a) => `math.min(${a.join(", ")})`,
  "Math.abs": (a) => `math.abs(${a[0]})`,
  "Math.round": (a) => `math.round(${a[0]})`,
  "Math.floor": (a) => `math.floor(${a[0]})`,
  "Math.ceil": (a) => `math.ceil(${a[0]})`,
  "Math.sqrt": (a) => `math.sqrt(${a[0]})`,
  Number: (a) => `${a[0]}.toDouble`,
  parseFloat: (a) => `${a[0]}.toDouble`,
  parseInt: (a) => `${a[0]}.toInt`,
  String: (a) => `${a[0]}.toString`,
};
const NO_ARG_METHODS: Record<string, string> = {
  toUpperCase: "toUpperCase",
  toLowerCase: "toLowerCase",
  trim: "trim",
  toString: "toString",
};
const SAME_NAME = new Set(["split", "startsWith", "endsWith", "map", "filter", "slice"]);

export function jsToScala(src: string, rddParams = 0): string {
  const fn = parseArrow(src);
  const rdds = new Set(fn.params.slice(0, rddParams).flatMap((p) => (p.type === "id" ? [p.name] : [])));
  return lambda(fn.params, fn.body, undefined, rdds);
}

function lambda(params: Pattern[], body: Expr, outer: LambdaParams | undefined, rdds: Set<string>): string {
  const scope = flattenParams(params, outer);
  const text = emit(body, scope, rdds);
  return `(${scope.names.join(", ")}) => ${text}`;
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
      return e.value === "true" || e.value === "false" ? e.value : "None";
    case "id": {
      const b = scope.bound.get(e.name);
      if (b) return `${b.root}${b.path.map((i) => `._${i + 1}`).join("")}`;
      if (["Math", "JSON", "console", "Object"].includes(e.name)) throw new Untranslatable(e.name);
      return e.name;
    }
    case "array":
      return e.items.length === 1
        ? `Seq(${emit(e.items[0], scope, rdds)})`
        : `(${e.items.map((x) => emit(x, scope, rdds)).join(", ")})`;
    case "member":
      return `${sub(e.object)}.${e.prop === "context" ? "sparkContext" : e.prop}`;
    case "index":
      return e.index.type === "num"
        ? `${sub(e.object)}._${Number(e.index.value) + 1}`
        : `${sub(e.object)}(${emit(e.index, scope, rdds)})`;
    case "unary":
      return `${e.op}${sub(e.arg)}`;
    case "binary": {
      const [l, r] = [sub(e.left), sub(e.right)];
      if (e.op === "??") return `${l}.getOrElse(${r})`;
      // JavaScript's `/` always divides as floating point; Scala's divides integers as integers
      // (math.round(x * 100) / 100 would drop the decimals).
      if (e.op === "/") return `${l}.toDouble / ${r}`;
      return `${l} ${e.op === "===" ? "==" : e.op === "!==" ? "!=" : e.op} ${r}`;
    }
    case "cond":
      return `if (${emit(e.test, scope, rdds)}) ${sub(e.then)} else ${sub(e.else)}`;
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
  const c = e.callee;
  const global =
    c.type === "id"
      ? c.name
      : c.type === "member" && c.object.type === "id"
        ? `${c.object.name}.${c.prop}`
        : "";
  if (GLOBAL_CALLS[global]) return GLOBAL_CALLS[global](args);
  if (c.type !== "member")
    throw new Untranslatable(`no mechanical translation of ${global || "this call"}()`);
  const target = sub(c.object);
  if (isRddExpr(c.object, rdds) || SAME_NAME.has(c.prop)) return `${target}.${c.prop}(${args.join(", ")})`;
  if (NO_ARG_METHODS[c.prop] && args.length === 0) return `${target}.${NO_ARG_METHODS[c.prop]}`;
  switch (c.prop) {
    case "includes":
      return `${target}.contains(${args[0]})`;
    case "reduce":
      return args[1] ? `${target}.foldLeft(${args[1]})(${args[0]})` : `${target}.reduce(${args[0]})`;
    case "join":
      return `${target}.mkString(${args[0] ?? '","'})`;
  }
  throw new Untranslatable(`no mechanical translation of .${c.prop}()`);
}
