// The column-expression parser: Spark SQL's expression grammar, cut down to what the studio runs.
// Precedence, lowest first, as Spark's SqlBaseParser: OR, AND, NOT, comparison / IS [NOT] NULL,
// + - ||, * / %, unary minus, primary. Errors carry the 0-based offset, for the inspector to point at.
import { type BinaryOp, type Expr, FUNCTIONS, type SqlType } from "./ast";
import { DDL_TYPES } from "./ddl";
import { SqlSyntaxError, type Token, tokenize } from "./lexer";

export { SqlSyntaxError } from "./lexer";

/** A CAST takes a schema's type names, and float (computed as a double). */
const CAST_TYPES: Readonly<Record<string, SqlType>> = { ...DDL_TYPES, float: "double" };

class Parser {
  private i = 0;
  constructor(private readonly toks: Token[]) {}

  peek(): Token {
    return this.toks[this.i];
  }
  next(): Token {
    return this.toks[this.i++];
  }
  isOp(v: string): boolean {
    const t = this.peek();
    return t.t === "op" && t.value === v;
  }
  isWord(w: string): boolean {
    const t = this.peek();
    return t.t === "id" && !t.quoted && t.value.toLowerCase() === w;
  }
  expectOp(v: string): void {
    if (!this.isOp(v)) this.fail(`expected '${v}'`);
    this.i++;
  }
  fail(what: string): never {
    const t = this.peek();
    const found = t.t === "eof" ? "end of input" : `'${"value" in t ? t.value : t.text}'`;
    throw new SqlSyntaxError(`${what}, found ${found} at position ${t.pos}`, t.pos);
  }

  /** expr [AS] alias */
  named(): Expr {
    const e = this.expr();
    if (this.isWord("as")) {
      this.i++;
      const t = this.next();
      if (t.t !== "id") this.fail("expected a column name after AS");
      return { k: "alias", e, name: t.value };
    }
    const t = this.peek();
    if (t.t === "id" && !isKeyword(t.value)) {
      this.i++;
      return { k: "alias", e, name: t.value };
    }
    return e;
  }

  expr(): Expr {
    let l = this.and();
    while (this.isWord("or")) {
      this.i++;
      l = { k: "bin", op: "or", l, r: this.and() };
    }
    return l;
  }
  and(): Expr {
    let l = this.not();
    while (this.isWord("and") || this.isOp("&&")) {
      this.i++;
      l = { k: "bin", op: "and", l, r: this.not() };
    }
    return l;
  }
  not(): Expr {
    if (this.isWord("not") || this.isOp("!")) {
      this.i++;
      return { k: "not", e: this.not() };
    }
    return this.comparison();
  }
  comparison(): Expr {
    let l = this.additive();
    for (;;) {
      const t = this.peek();
      if (t.t === "op" && ["=", "==", "!=", "<>", "<", "<=", ">", ">=", "<=>"].includes(t.value)) {
        this.i++;
        const op = (t.value === "==" ? "=" : t.value === "<>" ? "!=" : t.value) as BinaryOp;
        l = { k: "bin", op, l, r: this.additive() };
      } else if (this.isWord("is")) {
        this.i++;
        const negated = this.isWord("not");
        if (negated) this.i++;
        if (!this.isWord("null")) this.fail("expected NULL after IS");
        this.i++;
        l = { k: "isNull", e: l, negated };
      } else return l;
    }
  }
  additive(): Expr {
    let l = this.multiplicative();
    for (;;) {
      if (this.isOp("+") || this.isOp("-")) {
        const op = (this.next() as { value: BinaryOp }).value;
        l = { k: "bin", op, l, r: this.multiplicative() };
      } else if (this.isOp("||")) {
        this.i++;
        l = { k: "call", fn: "concat", args: [l, this.multiplicative()] };
      } else return l;
    }
  }
  multiplicative(): Expr {
    let l = this.unary();
    while (this.isOp("*") || this.isOp("/") || this.isOp("%")) {
      const op = (this.next() as { value: BinaryOp }).value;
      l = { k: "bin", op, l, r: this.unary() };
    }
    return l;
  }
  unary(): Expr {
    if (this.isOp("-")) {
      this.i++;
      const e = this.unary();
      if (e.k === "lit" && typeof e.value === "number") return { ...e, value: -e.value };
      return { k: "neg", e };
    }
    if (this.isOp("+")) {
      this.i++;
      return this.unary();
    }
    return this.primary();
  }
  primary(): Expr {
    const t = this.next();
    if (t.t === "num") return numberLiteral(t.text);
    if (t.t === "str") return { k: "lit", value: t.value, type: "string" };
    if (t.t === "op" && t.value === "(") {
      const e = this.expr();
      this.expectOp(")");
      return e;
    }
    if (t.t === "op" && t.value === "*") return { k: "star" };
    if (t.t !== "id") {
      this.i--;
      this.fail("expected a column, a literal or a function");
    }
    const word = t.value.toLowerCase();
    if (!t.quoted && word === "true") return { k: "lit", value: true, type: "boolean" };
    if (!t.quoted && word === "false") return { k: "lit", value: false, type: "boolean" };
    if (!t.quoted && word === "null") return { k: "lit", value: null, type: "null" };
    if (!t.quoted && word === "cast" && this.isOp("(")) {
      this.i++;
      const e = this.expr();
      if (!this.isWord("as")) this.fail("expected AS in CAST");
      this.i++;
      const ty = this.next();
      const to = ty.t === "id" ? CAST_TYPES[ty.value.toLowerCase()] : undefined;
      if (!to) {
        this.i--;
        this.fail("expected a type (string, int, bigint, double, boolean, timestamp)");
      }
      this.expectOp(")");
      return { k: "cast", e, to };
    }
    if (!t.quoted && this.isOp("(")) {
      this.i++;
      const fn = FUNCTIONS[word];
      if (!fn) {
        throw new SqlSyntaxError(
          `Undefined function: ${t.value}. The studio knows ${Object.keys(FUNCTIONS).join(", ")}`,
          t.pos,
        );
      }
      const distinct = this.isWord("distinct");
      if (distinct) this.i++;
      const args: Expr[] = [];
      if (!this.isOp(")")) {
        args.push(this.expr());
        while (this.isOp(",")) {
          this.i++;
          args.push(this.expr());
        }
      }
      this.expectOp(")");
      if (args.length < fn.min || args.length > fn.max) {
        const n = fn.min === fn.max ? `${fn.min}` : `${fn.min} to ${fn.max}`;
        throw new SqlSyntaxError(`${word} takes ${n} arguments, got ${args.length}`, t.pos);
      }
      if (args.some((a) => a.k === "star") && word !== "count")
        throw new SqlSyntaxError(`* is only allowed in count(*)`, t.pos);
      return { k: "call", fn: word, args, ...(distinct ? { distinct } : {}) };
    }
    return { k: "col", name: t.value };
  }
}

const KEYWORDS = new Set(["and", "or", "not", "as", "is", "null", "true", "false", "from", "where"]);
const isKeyword = (w: string) => KEYWORDS.has(w.toLowerCase());

/** Spark's literal types: 7 INT (BIGINT beyond int), 7L BIGINT, 7D / 1e3 DOUBLE; 1.5 (DECIMAL in Spark) a double here. */
function numberLiteral(text: string): Expr {
  const suffix = text.at(-1)!.toLowerCase();
  if (suffix === "l") return { k: "lit", value: Number(text.slice(0, -1)), type: "long" };
  if (suffix === "d") return { k: "lit", value: Number(text.slice(0, -1)), type: "double" };
  const value = Number(text);
  if (/[.eE]/.test(text)) return { k: "lit", value, type: "double" };
  return { k: "lit", value, type: Math.abs(value) <= 2147483647 ? "int" : "long" };
}

function parseAll<T>(text: string, f: (p: Parser) => T): T {
  const p = new Parser(tokenize(text));
  if (p.peek().t === "eof") throw new SqlSyntaxError("expected an expression, found nothing", 0);
  const out = f(p);
  if (p.peek().t !== "eof") p.fail("expected the end of the expression");
  return out;
}

/** One expression, e.g. `value > 3 AND lower(word) = 'spark'` (no alias). */
export function parseExpression(text: string): Expr {
  return parseAll(text, (p) => p.expr());
}

/** A comma-separated list of expressions, each with an optional alias: `split(value, ' ') AS words, n + 1 n1`. */
export function parseExpressionList(text: string): Expr[] {
  return parseAll(text, (p) => {
    const out = [p.named()];
    while (p.isOp(",")) {
      p.next();
      out.push(p.named());
    }
    return out;
  });
}

/** The message of a syntax error in `text` (for the inspector), or undefined when it parses. */
export function expressionProblem(text: unknown, list = false): string | undefined {
  if (typeof text !== "string") return "expected an expression";
  try {
    if (list) parseExpressionList(text);
    else parseExpression(text);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
