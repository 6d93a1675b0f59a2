// selectExpr: each column's SQL text, an unaliased one named as Spark would name it.
import { inBoth, type StructuredKindEmitters } from "../../../../structured/codegen/emit";
import { text } from "../../../../structured/codegen/literals";
import { autoName } from "../../../../structured/sql/names";
import { parseExpressionList } from "../../../../structured/sql/parse";
import { toSql } from "../../../../structured/sql/toSql";

export const selectEmitters: StructuredKindEmitters = inBoth(
  ({ node, inputs }, l) =>
    `${inputs[0]}.selectExpr(${parseExpressionList(text(node.params.exprs))
      .map((e) => l.str(e.k === "alias" ? toSql(e) : `${toSql(e)} AS \`${autoName(e)}\``))
      .join(", ")})`,
);
