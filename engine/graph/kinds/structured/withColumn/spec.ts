// withColumn: adds a column (or replaces the one of that name) computed from each row.
import { defineKind } from "../../../catalog/defineKind";
import { exprParam, structuredOperator, textParam } from "../common";

export const withColumn = defineKind({
  ...structuredOperator,
  kind: "structured.withColumn",
  label: "withColumn",
  sparkMethod: "Dataset.withColumn",
  doc: "Adds a column computed by a Spark SQL expression, or replaces the column of that name (Dataset.withColumn).",
  params: [
    {
      ...textParam("colName", "Column", "upperWord", "The new column's name."),
      validate: (v) => (typeof v === "string" && v.trim() !== "" ? undefined : "a column name is required"),
    },
    exprParam("expr", "Expression", "upper(word)", "A Spark SQL expression over the row's columns."),
  ],
  summary: (p) => `${p.colName} = ${p.expr}`,
});
