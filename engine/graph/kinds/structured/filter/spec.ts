// filter: Dataset.filter, where's other name.
import { defineKind } from "../../../catalog/defineKind";
import { exprParam, structuredOperator } from "../common";

export const filter = defineKind({
  ...structuredOperator,
  kind: "structured.filter",
  label: "filter",
  sparkMethod: "Dataset.filter",
  doc: "Keeps the rows for which a Spark SQL condition is true (Dataset.filter, the same as where).",
  params: [exprParam("condition", "Condition", "length(word) > 3", "A Spark SQL boolean expression.")],
  summary: (p) => String(p.condition),
});
