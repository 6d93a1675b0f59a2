// withColumn(name, expr(...)): the new column's SQL text.
import { inBoth, type StructuredKindEmitters } from "../../../../structured/codegen/emit";
import { text } from "../../../../structured/codegen/literals";
import { parseExpression } from "../../../../structured/sql/parse";
import { toSql } from "../../../../structured/sql/toSql";

export const withColumnEmitters: StructuredKindEmitters = inBoth(
  ({ node: { params: p }, inputs }, l) =>
    `${inputs[0]}.withColumn(${l.str(text(p.colName).trim())}, ${l.fn("expr")}(${l.str(toSql(parseExpression(text(p.expr))))}))`,
);
