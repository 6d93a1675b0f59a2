// The IR as Python: lambdas where the body is one expression, a `def` for block bodies; JavaScript's
// meaning kept through the helpers of ../runtime/pyHelpers.ts (only those used are written).
import { type Expr, type Fn, type Stmt, Untranslatable } from "./ir";

export interface PyOut {
  /** Helpers the code calls (names in PY_HELPERS). */
  helpers: Set<string>;
}

const ATOMIC = new Set(["num", "str", "bool", "none", "var", "seq", "obj", "field", "index", "length", "op"]);

export function pyExpr(e: Expr, out: PyOut): string {
  const sub = (x: Expr) => {
    const s = pyExpr(x, out);
    return ATOMIC.has(x.k) || x.k === "toStr" || x.k === "rddCall" || x.k === "context" ? s : `(${s})`;
  };
  const helper = (name: string, args: string[]) => {
    out.helpers.add(name);
    return `${name}(${args.join(", ")})`;
  };
  switch (e.k) {
    case "num":
      return e.value === "NaN" ? 'float("nan")' : e.value === "Infinity" ? 'float("inf")' : e.value;
    case "str":
      return JSON.stringify(e.value);
    case "bool":
      return e.value ? "True" : "False";
    case "none":
      return "None";
    case "var":
      return `${e.name}${e.path.map((i) => `[${i}]`).join("")}`;
    case "seq": {
      const items = e.items.map((x) => pyExpr(x, out));
      return e.pair ? `(${items.join(", ")})` : `[${items.join(", ")}]`;
    }
    case "obj":
      return `{${e.entries.map(([k, v]) => `${JSON.stringify(k)}: ${pyExpr(v, out)}`).join(", ")}}`;
    case "field":
      return `${sub(e.object)}[${JSON.stringify(e.prop)}]`;
    case "length":
      return `len(${pyExpr(e.object, out)})`;
    case "index":
      return `${sub(e.object)}[${pyExpr(e.index, out)}]`;
    case "arith":
      if (e.op === "%") return helper("js_mod", [pyExpr(e.left, out), pyExpr(e.right, out)]);
      if (e.op === "/") return helper("js_div", [pyExpr(e.left, out), pyExpr(e.right, out)]);
      return `${sub(e.left)} ${e.op} ${sub(e.right)}`;
    case "compare":
      return `${sub(e.left)} ${e.op} ${sub(e.right)}`;
    case "logic": {
      const [l, r] = [sub(e.left), sub(e.right)];
      if (e.op === "??") return `${l} if ${l} is not None else ${r}`;
      return `${l} ${e.op === "&&" ? "and" : "or"} ${r}`;
    }
    case "not":
      return `not ${sub(e.arg)}`;
    case "neg":
      return `-${sub(e.arg)}`;
    case "cond":
      return `${sub(e.ifTrue)} if ${sub(e.test)} else ${sub(e.ifFalse)}`;
    case "concat":
      return e.parts.map((p) => (p.t === "str" ? sub(p) : helper("js_str", [pyExpr(p, out)]))).join(" + ");
    case "toStr":
      return e.arg.t === "str" ? pyExpr(e.arg, out) : helper("js_str", [pyExpr(e.arg, out)]);
    case "rddCall":
      return `${sub(e.target)}.${e.method}(${e.args.map((a) => pyExpr(a, out)).join(", ")})`;
    case "context":
      return `${sub(e.target)}.context`;
    case "fn":
      return pyLambda(e.fn, out);
    case "op":
      return op(e, out, sub, helper);
  }
}

function op(
  e: Extract<Expr, { k: "op" }>,
  out: PyOut,
  sub: (x: Expr) => string,
  helper: (name: string, args: string[]) => string,
): string {
  const a = e.args.map((x) => pyExpr(x, out));
  const t = e.target ? sub(e.target) : "";
  switch (e.op) {
    case "max":
    case "min":
    case "abs":
      return `${e.op}(${a.join(", ")})`;
    case "floor":
    case "ceil":
    case "sqrt":
    case "trunc":
      return `math.${e.op}(${a[0]})`;
    case "round":
      return helper("js_round", [a[0]]);
    case "number":
      return helper("js_number", [a[0]]);
    case "parseInt":
      return helper("js_parse_int", [a[0]]);
    case "parseFloat":
      return helper("js_parse_float", [a[0]]);
    case "upper":
      return `${t}.upper()`;
    case "lower":
      return `${t}.lower()`;
    case "trim":
      return `${t}.strip()`;
    case "startsWith":
      return `${t}.startswith(${a[0]})`;
    case "endsWith":
      return `${t}.endswith(${a[0]})`;
    case "includes":
      return `${a[0]} in ${t}`;
    case "indexOf":
      return e.target?.t === "str" ? `${t}.find(${a[0]})` : helper("js_index_of", [t, a[0]]);
    case "split": {
      if (a.length === 0) return `[${t}]`;
      const literal = e.args[0].k === "str" && e.args[0].value !== "";
      return literal && a.length === 1 ? `${t}.split(${a[0]})` : helper("js_split", [t, ...a]);
    }
    case "splitRegex":
      return helper("js_split_re", [t, a[0], ...a.slice(1)]);
    case "join": {
      const sep = a[0] ?? '","';
      if (e.target?.t === "strs") return `${sep}.join(${t})`;
      out.helpers.add("js_str");
      return `${sep}.join(map(js_str, ${t}))`;
    }
    case "slice":
    case "substring":
      if (e.op === "substring" && e.args.some((x) => x.k === "neg"))
        throw new Untranslatable("substring() with a negative index");
      return `${t}[${a[0] ?? ""}:${a[1] ?? ""}]`;
    case "charAt":
      return `${t}[${a[0]}:${a[0]} + 1]`;
    case "replace":
      return `${t}.replace(${a[0]}, ${a[1]}, 1)`;
    case "replaceAll":
      return `${t}.replace(${a[0]}, ${a[1]})`;
    case "map":
    case "filter":
      if (e.args[0].k === "fn" && e.args[0].fn.params.length > 1)
        throw new Untranslatable(`.${e.op}() with an index`);
      return `list(${e.op}(${a[0]}, ${t}))`;
    case "reduce":
      return `reduce(${a[0]}, ${t}${a[1] ? `, ${a[1]}` : ""})`;
    case "some":
      return `any(map(${a[0]}, ${t}))`;
    case "every":
      return `all(map(${a[0]}, ${t}))`;
    case "arrayFrom":
      if (e.args[1]?.k === "fn" && e.args[1].fn.params.length > 1)
        throw new Untranslatable("Array.from() with an index");
      return a[1] ? `list(map(${a[1]}, ${a[0]}))` : `list(${a[0]})`;
    case "option":
      return a[0];
  }
}

export function pyLambda(fn: Fn, out: PyOut): string {
  if (Array.isArray(fn.body)) throw new Untranslatable("a block body inside an expression");
  const body = pyExpr(fn.body, out);
  return fn.params.length ? `lambda ${fn.params.join(", ")}: ${body}` : `lambda: ${body}`;
}

/** A block-bodied function as a `def name(...)`. */
export function pyDef(fn: Fn, name: string, out: PyOut): string[] {
  const stmts = fn.body as Stmt[];
  const lines = [`def ${name}(${fn.params.join(", ")}):`];
  const write = (ss: Stmt[], ind: string) => {
    for (const s of ss) {
      if (s.k === "let") lines.push(`${ind}${s.name} = ${pyExpr(s.init, out)}`);
      else if (s.k === "return") lines.push(`${ind}return ${pyExpr(s.value, out)}`);
      else if (s.k === "do") lines.push(`${ind}${pyExpr(s.value, out)}`);
      else {
        lines.push(`${ind}if ${pyExpr(s.test, out)}:`);
        if (s.ifTrue.length === 0) lines.push(`${ind}    pass`);
        write(s.ifTrue, `${ind}    `);
        if (s.ifFalse.length) {
          lines.push(`${ind}else:`);
          write(s.ifFalse, `${ind}    `);
        }
      }
    }
  };
  write(stmts, "    ");
  return lines;
}
