// Spark's DDL schema strings, as `DataStreamReader.schema("eventTime TIMESTAMP, word STRING")` and
// `StructType.fromDDL` take them: comma-separated `name TYPE` pairs. Plain data, checked at the field.
import type { SqlType } from "./ast";

export interface Field {
  name: string;
  type: SqlType;
}

/** The type names a schema may use, to the engine's types. */
export const DDL_TYPES: Readonly<Record<string, SqlType>> = {
  string: "string",
  int: "int",
  integer: "int",
  bigint: "long",
  long: "long",
  double: "double",
  boolean: "boolean",
  timestamp: "timestamp",
};

/** Spark's DDL name of a type (what `schema.simpleString` and the exports print). */
export const DDL_NAME: Record<SqlType, string> = {
  string: "STRING",
  int: "INT",
  long: "BIGINT",
  double: "DOUBLE",
  boolean: "BOOLEAN",
  timestamp: "TIMESTAMP",
  window: "STRUCT<start: TIMESTAMP, end: TIMESTAMP>",
  array: "ARRAY<STRING>",
  null: "VOID",
};

export function parseSchema(text: unknown): { ok: true; fields: Field[] } | { ok: false; message: string } {
  if (typeof text !== "string" || text.trim() === "")
    return { ok: false, message: 'expected a schema such as "eventTime TIMESTAMP, word STRING"' };
  const fields: Field[] = [];
  for (const part of text.split(",")) {
    const m = /^\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\s+([A-Za-z]+)\s*$/.exec(part);
    if (!m) return { ok: false, message: `cannot read the column "${part.trim()}": expected "name TYPE"` };
    const type = DDL_TYPES[m[2].toLowerCase()];
    if (!type)
      return {
        ok: false,
        message: `unknown type ${m[2]} of column ${m[1]}: the studio knows STRING, INT, BIGINT, DOUBLE, BOOLEAN, TIMESTAMP`,
      };
    if (fields.some((f) => f.name.toLowerCase() === m[1].toLowerCase()))
      return {
        ok: false,
        message: `Found duplicate column(s) in the data schema: \`${m[1].toLowerCase()}\``,
      };
    fields.push({ name: m[1], type });
  }
  return { ok: true, fields };
}

export const schemaProblem = (text: unknown): string | undefined => {
  const r = parseSchema(text);
  return r.ok ? undefined : r.message;
};
