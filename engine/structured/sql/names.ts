// The name Spark gives an expression's column when it has no alias (toPrettySQL): `count(1)` for
// count(*), `(value + 1)`, `lower(word)`, `split(value,  , -1)` (literals bare, defaults spelt out).
import type { Expr } from "./ast";
import { DDL_NAME } from "./ddl";

export function autoName(e: Expr): string {
  switch (e.k) {
    case "alias":
      return e.name;
    case "col":
      return e.name;
    case "star":
      return "*";
    case "lit":
      return e.value === null ? "NULL" : String(e.value);
    case "neg":
      return `(- ${autoName(e.e)})`;
    case "not":
      return `(NOT ${autoName(e.e)})`;
    case "isNull":
      return `(${autoName(e.e)} IS ${e.negated ? "NOT " : ""}NULL)`;
    case "cast":
      return `CAST(${autoName(e.e)} AS ${DDL_NAME[e.to]})`;
    case "bin":
      return `(${autoName(e.l)} ${e.op === "and" ? "AND" : e.op === "or" ? "OR" : e.op} ${autoName(e.r)})`;
    case "call": {
      if (e.fn === "explode") return "col";
      if (e.fn === "count" && e.args[0]?.k === "star") return "count(1)";
      const args = e.args.map(autoName);
      if (e.fn === "split" && args.length === 2) args.push("-1");
      if (e.fn === "substring" && args.length === 2) args.push("2147483647");
      return `${e.fn}(${e.distinct ? "DISTINCT " : ""}${args.join(", ")})`;
    }
  }
}
