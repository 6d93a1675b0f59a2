// Each source kind's output schema and, for memory tables, its rows typed by the schema.
import { type Field, parseSchema } from "../sql/ddl";
import { AnalysisError, castTo, type Row, type Value } from "../sql/evaluate";
import type { SourceKind } from "./logical";

export const SOURCE_KINDS: Record<string, SourceKind> = {
  "structured.memoryStream": "memoryStream",
  "structured.socket": "socket",
  "structured.rate": "rate",
  "structured.sensorReadings": "sensorReadings",
  "structured.clickStream": "clickStream",
  "structured.files": "files",
  "structured.staticTable": "staticTable",
};

function schemaOf(text: unknown): Field[] {
  const r = parseSchema(text);
  if (!r.ok) throw new AnalysisError(r.message);
  return r.fields;
}

export function sourceSchema(kind: SourceKind, params: Record<string, unknown>): Field[] {
  switch (kind) {
    case "memoryStream":
    case "staticTable":
      return schemaOf(params.schema);
    case "socket":
      return params.includeTimestamp === true
        ? [
            { name: "value", type: "string" },
            { name: "timestamp", type: "timestamp" },
          ]
        : [{ name: "value", type: "string" }];
    case "rate":
      return [
        { name: "timestamp", type: "timestamp" },
        { name: "value", type: "long" },
      ];
    case "sensorReadings":
      return [
        { name: "sensorId", type: "string" },
        { name: "value", type: "double" },
        { name: "eventTime", type: "timestamp" },
      ];
    case "clickStream":
      return [
        { name: "userId", type: "string" },
        { name: "page", type: "string" },
        { name: "eventTime", type: "timestamp" },
      ];
    case "files":
      return params.format === "text" ? [{ name: "value", type: "string" }] : schemaOf(params.schema);
  }
}

/** A row given as an array in schema order or an object by column name, typed by the schema. */
export function typedRow(raw: unknown, fields: readonly Field[]): Row {
  const values: unknown[] = Array.isArray(raw)
    ? raw
    : fields.map((f) => {
        const o = raw as Record<string, unknown>;
        const key = Object.keys(o).find((k) => k.toLowerCase() === f.name.toLowerCase());
        return key === undefined ? null : o[key];
      });
  return fields.map((f, i) => {
    const v = values[i];
    if (v === undefined || v === null) return null;
    if (typeof v === "object") return null;
    return castTo(v as Value, f.type);
  });
}
