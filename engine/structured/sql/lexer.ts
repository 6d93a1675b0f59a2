// Tokens of the column-expression language (a subset of Spark SQL's lexer): numbers, 'strings' and
// "strings", identifiers and `quoted identifiers`, operators. Positions are 0-based offsets into the text.

export type Token =
  | { t: "num"; text: string; pos: number }
  | { t: "str"; value: string; pos: number }
  | { t: "id"; value: string; quoted: boolean; pos: number }
  | { t: "op"; value: string; pos: number }
  | { t: "eof"; pos: number };

export class SqlSyntaxError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

const OPS = [
  "<=>",
  "<=",
  ">=",
  "<>",
  "!=",
  "==",
  "&&",
  "||",
  "+",
  "-",
  "*",
  "/",
  "%",
  "=",
  "<",
  ">",
  "(",
  ")",
  ",",
  "!",
];

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(text[i + 1] ?? ""))) {
      while (i < text.length && /[0-9.]/.test(text[i])) i++;
      if (/[eE]/.test(text[i] ?? "") && /[-+0-9]/.test(text[i + 1] ?? "")) {
        i += 2;
        while (i < text.length && /[0-9]/.test(text[i])) i++;
      }
      if (/[LlDd]/.test(text[i] ?? "") && !/[A-Za-z0-9_]/.test(text[i + 1] ?? "")) i++;
      out.push({ t: "num", text: text.slice(start, i), pos: start });
      continue;
    }
    if (c === "'" || c === '"') {
      let value = "";
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === "\\" && i + 1 < text.length) {
          const n = text[i + 1];
          value += n === "n" ? "\n" : n === "t" ? "\t" : n;
          i += 2;
        } else value += text[i++];
      }
      if (i >= text.length) throw new SqlSyntaxError("unclosed string literal", start);
      i++;
      out.push({ t: "str", value, pos: start });
      continue;
    }
    if (c === "`") {
      const end = text.indexOf("`", i + 1);
      if (end < 0) throw new SqlSyntaxError("unclosed quoted identifier", start);
      out.push({ t: "id", value: text.slice(i + 1, end), quoted: true, pos: start });
      i = end + 1;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      while (i < text.length && /[A-Za-z0-9_]/.test(text[i])) i++;
      out.push({ t: "id", value: text.slice(start, i), quoted: false, pos: start });
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (!op) throw new SqlSyntaxError(`unexpected character '${c}'`, start);
    out.push({ t: "op", value: op, pos: start });
    i += op.length;
  }
  out.push({ t: "eof", pos: text.length });
  return out;
}
