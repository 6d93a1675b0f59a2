// The IR as Scala: function literals `(a, b) => body` (block bodies become `{ val ...; if ... else ... }`),
// pairs as tuples (`p._2`), nullable values as Options (`x ?? d` is `x.getOrElse(d)`), JavaScript's
// meaning kept through the helpers of ../runtime/scalaHelpers.ts (only those used are written).
import { type Expr, type Fn, type Stmt, Untranslatable } from "./ir";

export interface ScalaOut {
  helpers: Set<string>;
}

const ATOMIC = new Set([
  "num",
  "str",
  "bool",
  "none",
  "var",
  "seq",
  "field",
  "index",
  "length",
  "op",
  "toStr",
]);

export function scalaExpr(e: Expr, out: ScalaOut): string {
  const sub = (x: Expr) => {
    const s = scalaExpr(x, out);
    return ATOMIC.has(x.k) || x.k === "rddCall" || x.k === "context" ? s : `(${s})`;
  };
  const helper = (name: string, args: string[]) => {
    out.helpers.add(name);
    return `${name}(${args.join(", ")})`;
  };
  switch (e.k) {
    case "num":
      return e.value === "NaN" ? "Double.NaN" : e.value === "Infinity" ? "Double.PositiveInfinity" : e.value;
    case "str":
      return JSON.stringify(e.value);
    case "bool":
      return String(e.value);
    case "none":
      return "None";
    case "var":
      return `${e.name}${e.path.map((i) => `._${i + 1}`).join("")}`;
    case "seq": {
      const items = e.items.map((x) => scalaExpr(x, out));
      return e.pair ? `(${items.join(", ")})` : `Seq(${items.join(", ")})`;
    }
    case "obj":
      throw new Untranslatable("an object literal (Scala needs a case class)");
    case "field":
      return `${sub(e.object)}.${e.prop}`;
    case "length":
      return `${sub(e.object)}.size`;
    case "index": {
      const tupleLike = e.object.t !== "arr" && e.object.t !== "strs" && e.object.t !== "str";
      if (e.index.k === "num" && tupleLike && /^\d+$/.test(e.index.value))
        return `${sub(e.object)}._${Number(e.index.value) + 1}`;
      const i = scalaExpr(e.index, out);
      return e.object.t === "str" ? `${sub(e.object)}.slice(${i}, ${i} + 1)` : `${sub(e.object)}(${i})`;
    }
    case "arith":
      // JavaScript's `/` always divides as floating point; Scala's divides integers as integers.
      if (e.op === "/") return `${sub(e.left)}.toDouble / ${sub(e.right)}`;
      return `${sub(e.left)} ${e.op} ${sub(e.right)}`;
    case "compare":
      return `${sub(e.left)} ${e.op} ${sub(e.right)}`;
    case "logic":
      if (e.op === "??") return `${sub(e.left)}.getOrElse(${scalaExpr(e.right, out)})`;
      // `state || d` on an Option: its value when JavaScript would call it true, else d.
      if (e.op === "||" && e.left.t === "option") {
        out.helpers.add("jsTruthy");
        return `${sub(e.left)}.filter(jsTruthy).getOrElse(${scalaExpr(e.right, out)})`;
      }
      // JavaScript's `a && b` on other values is one of them, which a Scala Boolean is not.
      if (e.left.t !== "bool" || e.right.t !== "bool")
        throw new Untranslatable(`${e.op} between values that are not booleans, outside a condition`);
      return `${sub(e.left)} ${e.op} ${sub(e.right)}`;
    case "not":
      return `!${truth(e.arg, out)}`;
    case "neg":
      return `-${sub(e.arg)}`;
    case "cond":
      return `if (${truth(e.test, out)}) ${sub(e.ifTrue)} else ${sub(e.ifFalse)}`;
    case "concat":
      return e.parts.map((p) => (p.t === "str" ? sub(p) : helper("jsStr", [scalaExpr(p, out)]))).join(" + ");
    case "toStr":
      return e.arg.t === "str" ? scalaExpr(e.arg, out) : helper("jsStr", [scalaExpr(e.arg, out)]);
    case "rddCall":
      return `${sub(e.target)}.${e.method}(${e.args.map((a) => scalaExpr(a, out)).join(", ")})`;
    case "context":
      return `${sub(e.target)}.sparkContext`;
    case "fn":
      return scalaLambda(e.fn, out);
    case "op":
      return op(e, out, sub, helper);
  }
}

/** A condition as JavaScript reads it: 0, "", NaN, null and undefined (None) are false. */
function truth(e: Expr, out: ScalaOut): string {
  // `a && b` as a condition is true when both are, whatever values they are.
  if (e.k === "logic" && e.op !== "??" && (e.left.t !== "bool" || e.right.t !== "bool"))
    return `${truth(e.left, out)} ${e.op} ${truth(e.right, out)}`;
  const s = scalaExpr(e, out);
  const atom = ATOMIC.has(e.k) ? s : `(${s})`;
  if (e.t === "bool") return s;
  if (e.t === "num") return `${atom} != 0`;
  if (e.t === "str") return `${atom}.nonEmpty`;
  out.helpers.add("jsTruthy");
  return `jsTruthy(${s})`;
}

function op(
  e: Extract<Expr, { k: "op" }>,
  out: ScalaOut,
  sub: (x: Expr) => string,
  helper: (name: string, args: string[]) => string,
): string {
  const a = e.args.map((x) => scalaExpr(x, out));
  const t = e.target ? sub(e.target) : "";
  const arg0 = e.args[0] ? sub(e.args[0]) : "";
  switch (e.op) {
    case "max":
    case "min":
      return a.reduce((acc, x) => `math.${e.op}(${acc}, ${x})`);
    case "abs":
    case "floor":
    case "ceil":
    case "sqrt":
      return `math.${e.op}(${a[0]})`;
    case "round":
      // Java's Math.round rounds halves up, towards +infinity, as JavaScript's does.
      return `math.round(${arg0}.toDouble)`;
    case "trunc":
      return `${arg0}.toLong.toDouble`;
    case "number":
      return helper("jsNumber", [a[0]]);
    case "parseInt":
      return helper("jsParseInt", [a[0]]);
    case "parseFloat":
      return helper("jsParseFloat", [a[0]]);
    case "upper":
      return `${t}.toUpperCase`;
    case "lower":
      return `${t}.toLowerCase`;
    case "trim":
      return `${t}.trim`;
    case "startsWith":
    case "endsWith":
      return `${t}.${e.op}(${a[0]})`;
    case "includes":
      return `${t}.contains(${a[0]})`;
    case "indexOf":
      return `${t}.indexOf(${a[0]})`;
    case "split":
      if (a.length === 0) return `Array(${t})`;
      return helper("jsSplit", [t, ...a]);
    case "splitRegex":
      return helper("jsSplitRegex", [t, ...a]);
    case "join": {
      const sep = a[0] ?? '","';
      if (e.target?.t === "strs") return `${t}.mkString(${sep})`;
      out.helpers.add("jsStr");
      return `${t}.map(jsStr).mkString(${sep})`;
    }
    case "slice":
      if (e.args.some((x) => x.k === "neg")) throw new Untranslatable("slice() with a negative index");
      return a.length === 1 ? `${t}.drop(${a[0]})` : `${t}.slice(${a.join(", ")})`;
    case "substring":
      return `${t}.substring(${a.join(", ")})`;
    case "charAt":
      return `${t}.slice(${a[0]}, ${a[0]} + 1)`;
    case "replace":
      return `${t}.replaceFirst(java.util.regex.Pattern.quote(${a[0]}), java.util.regex.Matcher.quoteReplacement(${a[1]}))`;
    case "replaceAll":
      return `${t}.replace(${a[0]}, ${a[1]})`;
    case "map":
    case "filter":
      if (e.args[0].k === "fn" && e.args[0].fn.params.length > 1)
        throw new Untranslatable(`.${e.op}() with an index`);
      return `${t}.${e.op}(${a[0]})`;
    case "reduce":
      return a[1] ? `${t}.foldLeft(${a[1]})(${a[0]})` : `${t}.reduce(${a[0]})`;
    case "some":
      return `${t}.exists(${a[0]})`;
    case "every":
      return `${t}.forall(${a[0]})`;
    case "arrayFrom": {
      if (e.args[1]?.k === "fn" && e.args[1].fn.params.length > 1)
        throw new Untranslatable("Array.from() with an index");
      // toList, not toSeq: an Iterator's toSeq is a lazy Stream in Scala 2.12.
      const items = `${arg0}.toList`;
      return a[1] ? `${items}.map(${a[1]})` : items;
    }
    case "option":
      return `Some(${a[0]})`;
  }
}

export function scalaLambda(fn: Fn, out: ScalaOut): string {
  const body = Array.isArray(fn.body) ? `{ ${block(fn.body, out)} }` : scalaExpr(fn.body, out);
  return `(${fn.params.join(", ")}) => ${body}`;
}

/** Statements as one Scala expression: `val`s, then `if (c) { ... } else { rest }` for early returns. */
function block(stmts: Stmt[], out: ScalaOut): string {
  const parts: string[] = [];
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i];
    if (s.k === "let") parts.push(`val ${s.name} = ${scalaExpr(s.init, out)}`);
    else if (s.k === "do") parts.push(scalaExpr(s.value, out));
    else if (s.k === "return") {
      parts.push(scalaExpr(s.value, out));
      break;
    } else {
      const rest = s.ifFalse.length ? s.ifFalse : stmts.slice(i + 1);
      parts.push(`if (${truth(s.test, out)}) { ${block(s.ifTrue, out)} } else { ${block(rest, out)} }`);
      break;
    }
  }
  return parts.join("; ");
}
