// dropDuplicates: keeps the first row of each key (all columns, or those listed) across triggers; with
// a watermark on an event-time column among them, keys behind the watermark are forgotten.
import { defineKind } from "../../../catalog/defineKind";
import { structuredOperator, textParam } from "../common";

export const dropDuplicates = defineKind({
  ...structuredOperator,
  category: "state",
  kind: "structured.dropDuplicates",
  label: "dropDuplicates",
  sparkMethod: "Dataset.dropDuplicates",
  doc: "Drops rows whose columns (or the listed ones) were seen before, in any trigger (Dataset.dropDuplicates); with a watermark on a listed event-time column, old keys are evicted.",
  params: [textParam("columns", "Columns", "", "Comma-separated column names; empty: all columns.", true)],
  summary: (p) => (p.columns ? String(p.columns) : "all columns"),
});
