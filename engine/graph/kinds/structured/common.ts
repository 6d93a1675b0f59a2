// What the Structured Streaming kinds share: their mode, and param builders for Spark SQL expression
// text, interval strings and DDL schemas, each checked at the field by engine/structured/sql (pure code).

import { schemaProblem } from "../../../structured/sql/ddl";
import { intervalProblem } from "../../../structured/sql/interval";
import { expressionProblem } from "../../../structured/sql/parse";
import type { ParamSpec } from "../../types";

export const structuredKind = {
  mode: "structured",
  requiresPairInput: false,
  needsCheckpoint: false,
} as const;

export const structuredSource = {
  ...structuredKind,
  category: "source",
  inputs: { min: 0, max: 0 },
  output: "plain",
} as const;

export const structuredOperator = {
  ...structuredKind,
  category: "transformation",
  inputs: { min: 1, max: 1 },
  output: "plain",
} as const;

export function textParam(
  name: string,
  label: string,
  defaultValue: string,
  doc: string,
  optional = false,
): ParamSpec {
  return { name, label, param: { type: "string" }, default: defaultValue, doc, optional };
}

export function enumParam(
  name: string,
  label: string,
  options: readonly string[],
  defaultValue: string,
  doc: string,
): ParamSpec {
  return {
    name,
    label,
    param: { type: "enum", options: options.map((o) => ({ value: o, label: o })) },
    default: defaultValue,
    doc,
  };
}

/** One Spark SQL expression (`where`, `withColumn`). */
export function exprParam(name: string, label: string, defaultValue: string, doc: string): ParamSpec {
  return { ...textParam(name, label, defaultValue, doc), validate: (v) => expressionProblem(v) };
}

/** Comma-separated Spark SQL expressions, each with an optional alias (`selectExpr`, `agg`, `groupBy`). */
export function exprListParam(
  name: string,
  label: string,
  defaultValue: string,
  doc: string,
  optional = false,
): ParamSpec {
  return {
    ...textParam(name, label, defaultValue, doc, optional),
    validate: (v) =>
      optional && (v === "" || v === null || v === undefined) ? undefined : expressionProblem(v, true),
  };
}

/** A Spark interval string ("10 minutes"). */
export function intervalParam(
  name: string,
  label: string,
  defaultValue: string | null,
  doc: string,
  optional = false,
): ParamSpec {
  return {
    name,
    label,
    param: { type: "string", placeholder: "10 minutes" },
    default: defaultValue,
    doc,
    optional,
    validate: (v) =>
      optional && (v === "" || v === null || v === undefined) ? undefined : intervalProblem(v),
  };
}

export function schemaParam(defaultValue: string, doc: string): ParamSpec {
  return {
    name: "schema",
    label: "Schema",
    param: { type: "string", placeholder: "eventTime TIMESTAMP, word STRING" },
    default: defaultValue,
    doc,
    validate: schemaProblem,
  };
}

/** Rows of a memory table: a JSON array of batches (memoryStream) or of rows (static). */
export function rowsCheck(what: string, batches: boolean): (value: unknown) => string | undefined {
  return (value) => {
    if (!Array.isArray(value)) return `${what} must be a JSON array`;
    const rows = batches ? value : [value];
    for (const [i, batch] of rows.entries()) {
      if (batches && batch === null) continue;
      if (!Array.isArray(batch)) return `${what}: batch ${i + 1} must be an array of rows`;
      const bad = batch.findIndex((r) => !Array.isArray(r) && (typeof r !== "object" || r === null));
      if (bad >= 0)
        return `${what}: row ${bad + 1}${batches ? ` of batch ${i + 1}` : ""} must be an array of values or an object`;
    }
    return undefined;
  };
}
