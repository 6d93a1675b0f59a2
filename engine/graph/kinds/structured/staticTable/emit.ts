// The static table: a DataFrame of its rows (PySpark's createDataFrame; in Scala, its rows as JSON read
// with the schema, which types them as Spark's JSON reader does).
import type { StructuredKindEmitters } from "../../../../structured/codegen/emit";
import { fieldsOf, jsonRecords, py, scalaString, seq, text } from "../../../../structured/codegen/literals";
import { typedRow } from "../../../../structured/plan/sources";

/** The rows as arrays of values in the schema's order (a row may be written as an object by name). */
const rowsOf = (p: Record<string, unknown>) => {
  const fields = fieldsOf(p.schema);
  return (Array.isArray(p.rows) ? p.rows : []).map((r) =>
    Array.isArray(r) ? r : fields.map((f) => (r as Record<string, unknown>)[f.name]),
  );
};

export const staticTableEmitters: StructuredKindEmitters = {
  pyspark: ({ node: { params: p } }) => `spark.createDataFrame(${py(rowsOf(p))}, ${py(text(p.schema))})`,
  scala: ({ node: { params: p } }) => {
    const fields = fieldsOf(p.schema);
    const rows = rowsOf(p).map((r) => typedRow(r, fields));
    const lines = jsonRecords(rows, fields).map((r) => scalaString(JSON.stringify(r)));
    return `spark.read.schema(${scalaString(text(p.schema))}).json(spark.createDataset(${seq(lines)})(Encoders.STRING))`;
  },
};
