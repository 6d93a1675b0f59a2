// A small parser for the simple arrow functions users type into nodes (`(line) => line.split(" ")`,
// `([k, v]) => [k, v * 2]`, `(a, b) => a + b`). Only expression bodies are accepted; anything it does not
// know throws `Untranslatable`, and the emitters then write a marked stub with the original source.

export class Untranslatable extends Error {}

export type Pattern = { type: "id"; name: string } | { type: "tuple"; items: Pattern[] };

export type Expr =
  | { type: "num"; value: string }
  | { type: "str"; value: string }
  | { type: "lit"; value: "true" | "false" | "null" | "undefined" }
  | { type: "id"; name: string }
  | { type: "array"; items: Expr[] }
  | { type: "member"; object: Expr; prop: string }
  | { type: "index"; object: Expr; index: Expr }
  | { type: "call"; callee: Expr; args: Expr[] }
  | { type: "unary"; op: "!" | "-"; arg: Expr }
  | { type: "binary"; op: string; left: Expr; right: Expr }
  | { type: "cond"; test: Expr; then: Expr; else: Expr }
  | { type: "arrow"; params: Pattern[]; body: Expr };

type Token = { kind: "num" | "str" | "id" | "op"; text: string };

const OPERATORS = [
  "===",
  "!==",
  "=>",
  "==",
  "!=",
  "<=",
  ">=",
  "&&",
  "||",
  "??",
  "(",
  ")",
  "[",
  "]",
  ",",
  ".",
  "+",
  "-",
  "*",
  "/",
  "%",
  "<",
  ">",
  "!",
  "?",
  ":",
];

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) i++;
    else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(src.slice(i))!;
      tokens.push({ kind: "num", text: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(src.slice(i))!;
      tokens.push({ kind: "id", text: m[0] });
      i += m[0].length;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let value = "";
      while (j < src.length && src[j] !== c) {
        if (src[j] === "\\") throw new Untranslatable("escape sequences in strings");
        value += src[j++];
      }
      if (j >= src.length) throw new Untranslatable("unterminated string");
      tokens.push({ kind: "str", text: value });
      i = j + 1;
    } else {
      const op = OPERATORS.find((o) => src.startsWith(o, i));
      if (c === "{") throw new Untranslatable("a block body or object literal");
      if (c === "`") throw new Untranslatable("a template literal");
      if (!op) throw new Untranslatable(`unsupported character ${c}`);
      tokens.push({ kind: "op", text: op });
      i += op.length;
    }
  }
  return tokens;
}

const PRECEDENCE: Record<string, number> = {
  "??": 1,
  "||": 2,
  "&&": 3,
  "===": 4,
  "!==": 4,
  "==": 4,
  "!=": 4,
  "<": 5,
  ">": 5,
  "<=": 5,
  ">=": 5,
  "+": 6,
  "-": 6,
  "*": 7,
  "/": 7,
  "%": 7,
};

/** Parses one arrow function expression; throws `Untranslatable` for anything outside the subset. */
export function parseArrow(src: string): Extract<Expr, { type: "arrow" }> {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = (text?: string) => (text === undefined ? tokens[pos] : tokens[pos]?.text === text);
  const expect = (text: string) => {
    if (tokens[pos]?.text !== text) throw new Untranslatable(`expected ${text}`);
    pos++;
  };

  function pattern(): Pattern {
    const t = tokens[pos++];
    if (t?.kind === "id") return { type: "id", name: t.text };
    if (t?.text === "[") {
      const items: Pattern[] = [];
      while (!peek("]")) {
        items.push(pattern());
        if (!peek("]")) expect(",");
      }
      pos++;
      return { type: "tuple", items };
    }
    throw new Untranslatable("unsupported parameter");
  }

  function isArrowAhead(): boolean {
    if (tokens[pos]?.kind === "id" && tokens[pos + 1]?.text === "=>") return true;
    if (!peek("(")) return false;
    let depth = 0;
    for (let j = pos; j < tokens.length; j++) {
      if (tokens[j].text === "(" || tokens[j].text === "[") depth++;
      if (tokens[j].text === ")" || tokens[j].text === "]") depth--;
      if (depth === 0) return tokens[j + 1]?.text === "=>";
    }
    return false;
  }

  function arrow(): Extract<Expr, { type: "arrow" }> {
    const params: Pattern[] = [];
    if (peek("(")) {
      pos++;
      while (!peek(")")) {
        params.push(pattern());
        if (peek(":")) throw new Untranslatable("type annotations");
        if (!peek(")")) expect(",");
      }
      pos++;
    } else params.push(pattern());
    expect("=>");
    if (peek("{")) throw new Untranslatable("block bodies");
    return { type: "arrow", params, body: expression() };
  }

  function expression(): Expr {
    if (isArrowAhead()) return arrow();
    const test = binary(0);
    if (!peek("?")) return test;
    pos++;
    const then = expression();
    expect(":");
    return { type: "cond", test, then, else: expression() };
  }

  function binary(minPrec: number): Expr {
    let left = unary();
    for (;;) {
      const op = tokens[pos]?.text;
      const prec = op !== undefined && tokens[pos].kind === "op" ? PRECEDENCE[op] : undefined;
      if (prec === undefined || prec < minPrec) return left;
      pos++;
      left = { type: "binary", op, left, right: binary(prec + 1) };
    }
  }

  function unary(): Expr {
    if (peek("!") || peek("-")) {
      const op = tokens[pos++].text as "!" | "-";
      return { type: "unary", op, arg: unary() };
    }
    return postfix(primary());
  }

  function postfix(e: Expr): Expr {
    for (;;) {
      if (peek(".")) {
        pos++;
        const t = tokens[pos++];
        if (t?.kind !== "id") throw new Untranslatable("expected a property name");
        e = { type: "member", object: e, prop: t.text };
      } else if (peek("[")) {
        pos++;
        const index = expression();
        expect("]");
        e = { type: "index", object: e, index };
      } else if (peek("(")) {
        pos++;
        const args: Expr[] = [];
        while (!peek(")")) {
          args.push(expression());
          if (!peek(")")) expect(",");
        }
        pos++;
        e = { type: "call", callee: e, args };
      } else return e;
    }
  }

  function primary(): Expr {
    const t = tokens[pos++];
    if (!t) throw new Untranslatable("unexpected end");
    if (t.kind === "num") return { type: "num", value: t.text };
    if (t.kind === "str") return { type: "str", value: t.text };
    if (t.kind === "id") {
      if (["true", "false", "null", "undefined"].includes(t.text))
        return { type: "lit", value: t.text as "true" };
      if (["new", "function", "return", "const", "let", "var", "this", "typeof"].includes(t.text))
        throw new Untranslatable(`keyword ${t.text}`);
      return { type: "id", name: t.text };
    }
    if (t.text === "(") {
      const e = expression();
      expect(")");
      return e;
    }
    if (t.text === "[") {
      const items: Expr[] = [];
      while (!peek("]")) {
        items.push(expression());
        if (!peek("]")) expect(",");
      }
      pos++;
      return { type: "array", items };
    }
    throw new Untranslatable(`unexpected ${t.text}`);
  }

  if (tokens.length === 0) throw new Untranslatable("empty function");
  if (!isArrowAhead()) throw new Untranslatable("not an arrow function");
  const fn = arrow();
  if (pos !== tokens.length) throw new Untranslatable(`unexpected ${tokens[pos].text}`);
  return fn;
}
