// select / selectExpr: a projection, each column a Spark SQL expression (explode makes one row per element).
import { defineKind } from "../../../catalog/defineKind";
import { exprListParam, structuredOperator } from "../common";

export const select = defineKind({
  ...structuredOperator,
  kind: "structured.select",
  label: "select",
  sparkMethod: "Dataset.selectExpr",
  doc: "Projects each row to new columns (Dataset.selectExpr): Spark SQL expressions with optional aliases, e.g. explode(split(value, ' ')) AS word.",
  params: [
    exprListParam(
      "exprs",
      "Columns",
      "explode(split(value, ' ')) AS word",
      "Comma-separated Spark SQL expressions, each optionally AS name.",
    ),
  ],
  summary: (p) => String(p.exprs),
});
