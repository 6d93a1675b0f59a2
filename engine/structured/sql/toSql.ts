// Prints a parsed expression back as Spark SQL text with the engine's meaning made explicit: columns
// quoted, BIGINT and DOUBLE literals suffixed (1.5 is a DECIMAL in Spark, a double here), so the text an
// export hands to selectExpr / where / expr means what the studio ran.
import type { Expr } from "./ast";
import { DDL_NAME } from "./ddl";

const quoteId = (name: string) => `\`${name.replace(/`/g, "``")}\``;
const quoteStr = (s: string) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

export function toSql(e: Expr): string {
  switch (e.k) {
    case "col":
      return quoteId(e.name);
    case "star":
      return "*";
    case "lit":
      if (e.value === null) return "NULL";
      if (typeof e.value === "string") return quoteStr(e.value);
      if (typeof e.value === "boolean") return e.value ? "true" : "false";
      if (e.type === "long") return `${e.value}L`;
      if (e.type === "double") return `${e.value}D`;
      return String(e.value);
    case "neg":
      return `(- ${toSql(e.e)})`;
    case "not":
      return `(NOT ${toSql(e.e)})`;
    case "isNull":
      return `(${toSql(e.e)} IS ${e.negated ? "NOT " : ""}NULL)`;
    case "cast":
      return `CAST(${toSql(e.e)} AS ${DDL_NAME[e.to]})`;
    case "alias":
      return `${toSql(e.e)} AS ${quoteId(e.name)}`;
    case "bin":
      return `(${toSql(e.l)} ${e.op === "and" ? "AND" : e.op === "or" ? "OR" : e.op} ${toSql(e.r)})`;
    case "call":
      return `${e.fn}(${e.distinct ? "DISTINCT " : ""}${e.args.map(toSql).join(", ")})`;
  }
}
