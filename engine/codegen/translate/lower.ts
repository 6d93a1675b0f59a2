// acorn's AST of a user function -> the IR of ./ir.ts. Decides JavaScript's meaning once for every
// language: which `+` concatenates strings, which index reads a tuple, which calls are RDD methods.
import { parseExpressionAt } from "acorn";
import { type Expr, type Fn, type JsType, type Op, type Stmt, Untranslatable } from "./ir";

// acorn's ESTree nodes, read loosely: only the fields used here.
type Node = any;

interface Binding {
  root: string;
  path: number[];
  t: JsType;
}

class Scope {
  constructor(
    readonly vars: Map<string, Binding>,
    readonly depth: number,
  ) {}
  child(): Scope {
    return new Scope(new Map(this.vars), this.depth + 1);
  }
}

const RDD_TO_RDD = new Set([
  "map",
  "flatMap",
  "filter",
  "mapPartitions",
  "union",
  "distinct",
  "reduceByKey",
  "groupByKey",
  "join",
  "leftOuterJoin",
  "rightOuterJoin",
  "fullOuterJoin",
  "cogroup",
  "subtract",
  "subtractByKey",
  "intersection",
  "sortBy",
  "sortByKey",
  "keys",
  "values",
  "mapValues",
  "flatMapValues",
  "glom",
  "repartition",
  "coalesce",
  "parallelize",
  "sample",
]);

const MATH: Record<string, Op> = {
  max: "max",
  min: "min",
  abs: "abs",
  floor: "floor",
  ceil: "ceil",
  round: "round",
  sqrt: "sqrt",
  trunc: "trunc",
};
const GLOBALS: Record<string, Op> = { Number: "number", parseInt: "parseInt", parseFloat: "parseFloat" };
const STRING_METHODS: Record<string, [Op, JsType]> = {
  toUpperCase: ["upper", "str"],
  toLowerCase: ["lower", "str"],
  trim: ["trim", "str"],
  startsWith: ["startsWith", "bool"],
  endsWith: ["endsWith", "bool"],
  includes: ["includes", "bool"],
  indexOf: ["indexOf", "num"],
  substring: ["substring", "str"],
  charAt: ["charAt", "str"],
  replace: ["replace", "str"],
  replaceAll: ["replaceAll", "str"],
  join: ["join", "str"],
  slice: ["slice", "any"],
  map: ["map", "arr"],
  filter: ["filter", "arr"],
  reduce: ["reduce", "any"],
  some: ["some", "bool"],
  every: ["every", "bool"],
};

/** mapWithState's State methods (Spark's names, the same in every language). */
const STATE_METHODS: Record<string, JsType> = {
  exists: "bool",
  get: "any",
  getOption: "any",
  update: "any",
  remove: "any",
  isTimingOut: "bool",
};

export interface LowerOptions {
  /** The index of the parameter that is mapWithState's State. */
  stateParam?: number;
  /** What the caller knows of the parameters' types (updateStateByKey: an array of values and an
   * Option), so `values[0]` reads an element, not a tuple's field, and a returned state stays an Option. */
  paramTypes?: (JsType | undefined)[];
}

/** Parses `src` (one arrow or function expression); `rddParams` leading parameters are RDDs. */
export function lowerFunction(src: string, rddParams = 0, options: LowerOptions = {}): Fn {
  let node: Node;
  try {
    node = parseExpressionAt(src, 0, { ecmaVersion: "latest" });
  } catch (e) {
    throw new Untranslatable(`not plain JavaScript (${(e as Error).message.replace(/ \(\d+:\d+\)$/, "")})`);
  }
  if (src.slice(node.end).trim() !== "") throw new Untranslatable("more than one expression");
  if (node.type !== "ArrowFunctionExpression" && node.type !== "FunctionExpression")
    throw new Untranslatable("not a function");
  return fn(node, new Scope(new Map(), -1), rddParams, options.stateParam, options.paramTypes);
}

function fn(
  node: Node,
  outer: Scope,
  rddParams = 0,
  stateParam?: number,
  paramTypes?: (JsType | undefined)[],
): Fn {
  if (node.async || node.generator) throw new Untranslatable("async or generator functions");
  const scope = outer.child();
  const params = (node.params as Node[]).map((p, i) => {
    if (p.type === "Identifier") {
      const t: JsType = i < rddParams ? "rdd" : i === stateParam ? "state" : (paramTypes?.[i] ?? "any");
      scope.vars.set(p.name, { root: p.name, path: [], t });
      return p.name;
    }
    if (p.type !== "ArrayPattern") throw new Untranslatable("default values, rest or object parameters");
    const root = scope.depth === 0 ? `p${i}` : `p${scope.depth}_${i}`;
    bindPattern(p, root, [], scope);
    return root;
  });
  if (node.body.type === "BlockStatement") return { params, body: block(node.body.body, scope) };
  return { params, body: expr(node.body, scope) };
}

function bindPattern(p: Node, root: string, path: number[], scope: Scope): void {
  if (p.type === "Identifier") scope.vars.set(p.name, { root, path, t: "any" });
  else if (p.type === "ArrayPattern")
    (p.elements as Node[]).forEach((el, j) => {
      if (el) bindPattern(el, root, [...path, j], scope);
    });
  else throw new Untranslatable("default values, rest or object patterns");
}

function block(body: Node[], scope: Scope): Stmt[] {
  const out: Stmt[] = [];
  for (const s of body) {
    if (s.type === "VariableDeclaration") {
      if (s.kind === "var") throw new Untranslatable("var declarations");
      for (const d of s.declarations as Node[]) {
        if (!d.init) throw new Untranslatable("a declaration without a value");
        const init = expr(d.init, scope);
        if (d.id.type === "Identifier") {
          if (scope.vars.has(d.id.name)) throw new Untranslatable(`a redeclared name (${d.id.name})`);
          out.push({ k: "let", name: d.id.name, init });
          scope.vars.set(d.id.name, { root: d.id.name, path: [], t: init.t });
        } else {
          const tmp = `v${scope.depth}_${out.length}`;
          out.push({ k: "let", name: tmp, init });
          bindPattern(d.id, tmp, [], scope);
        }
      }
    } else if (s.type === "ReturnStatement") {
      if (!s.argument) throw new Untranslatable("a return without a value");
      out.push({ k: "return", value: expr(s.argument, scope) });
      return out;
    } else if (s.type === "ExpressionStatement" && s.expression.type === "CallExpression") {
      out.push({ k: "do", value: expr(s.expression, scope) });
    } else if (s.type === "IfStatement") {
      const branch = (b: Node | null): Stmt[] =>
        !b ? [] : block(b.type === "BlockStatement" ? b.body : [b], scope.child());
      out.push({
        k: "if",
        test: expr(s.test, scope),
        ifTrue: branch(s.consequent),
        ifFalse: branch(s.alternate),
      });
    } else throw new Untranslatable(`a ${statementName(s.type)} statement`);
  }
  if (!returns(out)) throw new Untranslatable("a path that returns nothing");
  return out;
}

function statementName(type: string): string {
  return type
    .replace(/Statement$/, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
}

/** True when every path through `stmts` ends in a return. */
export function returns(stmts: Stmt[]): boolean {
  const last = stmts[stmts.length - 1];
  if (!last) return false;
  if (last.k === "return") return true;
  if (last.k === "if") return returns(last.ifTrue) && returns(last.ifFalse);
  return false;
}

const mk = <E extends Expr>(e: E): Expr => e;

function expr(n: Node, scope: Scope): Expr {
  switch (n.type) {
    case "Literal":
      return literal(n);
    case "TemplateLiteral": {
      const parts: Expr[] = [];
      (n.quasis as Node[]).forEach((q, i) => {
        if (q.value.cooked) parts.push({ k: "str", value: q.value.cooked, t: "str" });
        if (i < n.expressions.length) parts.push(expr(n.expressions[i], scope));
      });
      return { k: "concat", parts, t: "str" };
    }
    case "Identifier": {
      if (n.name === "undefined") return { k: "none", t: "any" };
      if (n.name === "NaN" || n.name === "Infinity") return { k: "num", value: n.name, t: "num" };
      const b = scope.vars.get(n.name);
      if (!b) throw new Untranslatable(`${n.name} is not one of the function's parameters`);
      return { k: "var", name: b.root, path: b.path, t: b.t };
    }
    case "ArrayExpression": {
      const [only] = n.elements as Node[];
      if (n.elements.length === 1 && only?.type === "SpreadElement")
        return { k: "op", op: "arrayFrom", args: [expr(only.argument, scope)], t: "arr" };
      if ((n.elements as Node[]).some((e) => !e || e.type === "SpreadElement"))
        throw new Untranslatable("spread or holes in an array");
      const items = (n.elements as Node[]).map((e) => expr(e, scope));
      const pair = items.length === 2;
      return { k: "seq", items, pair, t: pair ? "tuple" : "arr" };
    }
    case "ObjectExpression":
      return {
        k: "obj",
        t: "any",
        entries: (n.properties as Node[]).map((p) => {
          if (p.type !== "Property" || p.computed || p.kind !== "init")
            throw new Untranslatable("computed or spread object properties");
          const key = p.key.type === "Identifier" ? p.key.name : String(p.key.value);
          return [key, expr(p.value, scope)] as [string, Expr];
        }),
      };
    case "MemberExpression":
      return member(n, scope);
    case "CallExpression":
      return call(n, scope);
    case "UnaryExpression": {
      const arg = expr(n.argument, scope);
      if (n.operator === "!") return { k: "not", arg, t: "bool" };
      if (n.operator === "-") return { k: "neg", arg, t: "num" };
      if (n.operator === "+") return { k: "op", op: "number", args: [arg], t: "num" };
      throw new Untranslatable(`the ${n.operator} operator`);
    }
    case "BinaryExpression":
      return binary(n.operator, expr(n.left, scope), expr(n.right, scope));
    case "LogicalExpression": {
      const [left, right] = [expr(n.left, scope), expr(n.right, scope)];
      // `state ?? 0` on an Option is the default's type.
      const t = left.t === right.t ? left.t : n.operator === "??" && left.t === "option" ? right.t : "any";
      return { k: "logic", op: n.operator, left, right, t };
    }
    case "ConditionalExpression": {
      const [yes, no] = [expr(n.consequent, scope), expr(n.alternate, scope)];
      return {
        k: "cond",
        test: expr(n.test, scope),
        ifTrue: yes,
        ifFalse: no,
        t: yes.t === no.t ? yes.t : "any",
      };
    }
    case "ArrowFunctionExpression":
    case "FunctionExpression":
      return { k: "fn", fn: fn(n, scope), t: "any" };
    case "ChainExpression":
      throw new Untranslatable("optional chaining (?.)");
    default:
      throw new Untranslatable(`${n.type.replace(/Expression$/, "").toLowerCase()} expressions`);
  }
}

function literal(n: Node): Expr {
  if (n.regex) throw new Untranslatable("a regular expression outside split()");
  if (typeof n.value === "string") return { k: "str", value: n.value, t: "str" };
  if (typeof n.value === "number") return { k: "num", value: String(n.value), t: "num" };
  if (typeof n.value === "boolean") return { k: "bool", value: n.value, t: "bool" };
  if (n.value === null) return { k: "none", t: "any" };
  throw new Untranslatable("bigint literals");
}

function binary(op: string, left: Expr, right: Expr): Expr {
  switch (op) {
    case "+":
      if (left.t === "str" || right.t === "str" || left.k === "concat") {
        const parts = [left, right].flatMap((p) => (p.k === "concat" ? p.parts : [p]));
        return { k: "concat", parts, t: "str" };
      }
      return { k: "arith", op, left, right, t: left.t === "num" || right.t === "num" ? "num" : "any" };
    case "-":
    case "*":
    case "/":
    case "%":
      return { k: "arith", op, left, right, t: "num" };
    case "===":
    case "==":
      return { k: "compare", op: "==", left, right, t: "bool" };
    case "!==":
    case "!=":
      return { k: "compare", op: "!=", left, right, t: "bool" };
    case "<":
    case ">":
    case "<=":
    case ">=":
      return { k: "compare", op, left, right, t: "bool" };
    default:
      throw new Untranslatable(`the ${op} operator`);
  }
}

function member(n: Node, scope: Scope): Expr {
  const object = expr(n.object, scope);
  if (n.computed) {
    const index = expr(n.property, scope);
    const t: JsType = object.t === "str" || object.t === "strs" ? "str" : "any";
    return { k: "index", object, index, t };
  }
  const prop: string = n.property.name;
  if (prop === "length") return { k: "length", object, t: "num" };
  if (object.t === "rdd" && (prop === "context" || prop === "sparkContext"))
    return { k: "context", target: object, t: "any" };
  return mk({ k: "field", object, prop, t: "any" });
}

function call(n: Node, scope: Scope): Expr {
  const c = n.callee;
  if ((n.arguments as Node[]).some((a) => a.type === "SpreadElement"))
    throw new Untranslatable("spread arguments");
  const args = () => (n.arguments as Node[]).map((a) => expr(a, scope));
  if (c.type === "Identifier") {
    if (c.name === "String")
      return { k: "toStr", arg: args()[0] ?? { k: "str", value: "", t: "str" }, t: "str" };
    const op = GLOBALS[c.name];
    if (op) return { k: "op", op, args: args(), t: "num" };
    throw new Untranslatable(`no translation of ${c.name}()`);
  }
  if (c.type !== "MemberExpression" || c.computed) throw new Untranslatable("this kind of call");
  const prop: string = c.property.name;
  if (c.object.type === "Identifier" && c.object.name === "Array" && !scope.vars.has("Array")) {
    if (prop !== "from" || n.arguments.length < 1 || n.arguments.length > 2)
      throw new Untranslatable(`no translation of Array.${prop}()`);
    return { k: "op", op: "arrayFrom", args: args(), t: "arr" };
  }
  if (c.object.type === "Identifier" && c.object.name === "Math" && !scope.vars.has("Math")) {
    const op = MATH[prop];
    if (!op) throw new Untranslatable(`no translation of Math.${prop}()`);
    return { k: "op", op, args: args(), t: "num" };
  }
  const target = expr(c.object, scope);
  if (target.t === "state") {
    const t = STATE_METHODS[prop];
    if (!t) throw new Untranslatable(`no translation of State.${prop}()`);
    return { k: "rddCall", target, method: prop, args: args(), t };
  }
  if (target.t === "rdd" || (target.k === "context" && prop === "parallelize")) {
    const t: JsType = RDD_TO_RDD.has(prop) ? "rdd" : "any";
    return { k: "rddCall", target, method: prop, args: args(), t };
  }
  if (prop === "toString" && n.arguments.length === 0) return { k: "toStr", arg: target, t: "str" };
  if (prop === "split") {
    const [sep, limit] = n.arguments as Node[];
    if (sep?.regex) {
      if (sep.regex.flags) throw new Untranslatable("regular expression flags");
      const pattern: Expr = { k: "str", value: sep.regex.pattern, t: "str" };
      return {
        k: "op",
        op: "splitRegex",
        target,
        args: limit ? [pattern, expr(limit, scope)] : [pattern],
        t: "strs",
      };
    }
    return { k: "op", op: "split", target, args: args(), t: "strs" };
  }
  const m = STRING_METHODS[prop];
  if (!m) throw new Untranslatable(`no translation of .${prop}()`);
  const keepsType = prop === "slice" || (prop === "filter" && target.t === "strs");
  const t: JsType = keepsType ? target.t : m[1];
  return { k: "op", op: m[0], target, args: args(), t };
}
