// A static DataFrame (spark.createDataFrame), to join a stream with.
import { defineKind } from "../../../catalog/defineKind";
import { rowsCheck, schemaParam, structuredSource } from "../common";

export const staticTable = defineKind({
  ...structuredSource,
  kind: "structured.staticTable",
  label: "static DataFrame",
  sparkMethod: "SparkSession.createDataFrame",
  doc: "A static DataFrame (spark.createDataFrame(rows, schema)) for a stream-static join; read whole by every trigger.",
  params: [
    schemaParam("sensorId STRING, location STRING", "The table's columns, as a DDL string."),
    {
      name: "rows",
      label: "Rows",
      param: { type: "json", placeholder: '[["sensor-1", "hall"]]' },
      default: [
        ["sensor-1", "hall"],
        ["sensor-2", "lab"],
        ["sensor-3", "roof"],
      ],
      doc: "A JSON array of rows (arrays in the schema's order, or objects by column name).",
      validate: rowsCheck("Rows", false),
    },
  ],
  summary: (p) => `${Array.isArray(p.rows) ? p.rows.length : 0} rows`,
});
