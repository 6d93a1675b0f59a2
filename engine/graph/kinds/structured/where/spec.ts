// where: keeps the rows whose condition is true (null counts as false, as in SQL).
import { defineKind } from "../../../catalog/defineKind";
import { exprParam, structuredOperator } from "../common";

export const where = defineKind({
  ...structuredOperator,
  kind: "structured.where",
  label: "where",
  sparkMethod: "Dataset.where",
  doc: "Keeps the rows for which a Spark SQL condition is true (Dataset.where); null counts as false.",
  params: [
    exprParam(
      "condition",
      "Condition",
      "value % 2 = 0",
      "A Spark SQL boolean expression, e.g. value > 3 AND word != 'the'.",
    ),
  ],
  summary: (p) => String(p.condition),
});
