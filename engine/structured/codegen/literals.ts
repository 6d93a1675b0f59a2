// Values as PySpark and Scala source text, and the rows the replayed sources write (one JSON object a
// row), shared by the structured kinds' emitters and the program writers.
import { type Field, parseSchema } from "../sql/ddl";

/** A JSON value as a Python literal (None, True, False; strings as JSON writes them, valid Python too). */
export function py(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (Array.isArray(v)) return `[${v.map(py).join(", ")}]`;
  if (typeof v === "object")
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}: ${py(x)}`)
      .join(", ")}}`;
  return JSON.stringify(v);
}

/** A Scala string literal. JSON's escapes are Scala's, except \u escapes, which Scala 2.12 decodes
 *  before lexing (a quote written as \u0022 would end the string): those are written as \\u with the
 *  code point's own character instead. */
export function scalaString(s: string): string {
  return JSON.stringify(s).replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => {
    const c = Number.parseInt(hex, 16);
    return `" + ${c}.toChar + "`;
  });
}

export const seq = (xs: string[]) => `Seq(${xs.join(", ")})`;

/** A string param's text ("" when it is not a string). */
export const text = (v: unknown) => (typeof v === "string" ? v : "");

/** A node id as part of an identifier (df_<id>, query_<id>). */
export const identifierOf = (id: string) => id.replace(/[^A-Za-z0-9_]/g, "_");

const isoOf = (v: unknown) => (typeof v === "number" ? new Date(v).toISOString() : v);

/** Rows as JSON objects by column name, timestamps in ISO-8601 (what Spark's JSON reader parses). */
export function jsonRecords(rows: unknown[][], fields: Field[]): Record<string, unknown>[] {
  return rows.map((r) =>
    Object.fromEntries(fields.map((f, i) => [f.name, f.type === "timestamp" ? isoOf(r[i]) : r[i]])),
  );
}

/** A DDL schema's fields, none when it does not parse (the validator has said so at the field). */
export const fieldsOf = (schema: unknown): Field[] => {
  const r = parseSchema(schema);
  return r.ok ? r.fields : [];
};

/** A comma-separated list of column names ("a, b"), blanks left out. */
export const columnList = (v: unknown): string[] =>
  text(v)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
