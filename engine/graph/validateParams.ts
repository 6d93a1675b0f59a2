// Param checks driven by the catalog's param types: numbers, durations, enums, JSON shapes and the
// syntax of user functions (with line and column), by the check the caller passes in.
import { isEmptyParam } from "./catalog";
import type { NodeKindSpec, ParamSpec, PipelineIssue, PipelineNode } from "./types";
import type { CheckResult } from "./userFunction";

/** Checks a user function's syntax (./userFunction.ts's checkUserFunction, or the page's deferred one). */
export type FunctionSyntaxCheck = (source: string) => CheckResult;

function numberProblem(spec: ParamSpec, value: unknown): string | undefined {
  const p = spec.param;
  if (p.type !== "number" && p.type !== "seed" && p.type !== "duration") return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) return `${spec.label} must be a number`;
  if (p.type === "seed" && !Number.isInteger(value)) return `${spec.label} must be a whole number`;
  if (p.type === "duration") {
    if (!Number.isInteger(value)) return `${spec.label} must be a whole number of milliseconds`;
    if (value <= 0) return `${spec.label} must be positive`;
    return undefined;
  }
  if (p.type !== "number") return undefined;
  if (p.integer && !Number.isInteger(value)) return `${spec.label} must be a whole number`;
  if (p.min !== undefined && value < p.min) return `${spec.label} must be at least ${p.min}`;
  if (p.max !== undefined && value > p.max) return `${spec.label} must be at most ${p.max}`;
  return undefined;
}

function typeProblem(spec: ParamSpec, value: unknown): string | undefined {
  const p = spec.param;
  switch (p.type) {
    case "number":
    case "seed":
    case "duration":
      return numberProblem(spec, value);
    case "string":
      return typeof value === "string" ? undefined : `${spec.label} must be text`;
    case "boolean":
      return typeof value === "boolean" ? undefined : `${spec.label} must be true or false`;
    case "enum":
      return p.options.some((o) => o.value === value)
        ? undefined
        : `${spec.label} must be one of ${p.options.map((o) => o.value).join(", ")}`;
    case "function":
      return typeof value === "string" ? undefined : `${spec.label} must be a function's source text`;
    case "json":
      return undefined;
  }
}

export function validateParams(
  node: PipelineNode,
  kind: NodeKindSpec,
  checkFunction: FunctionSyntaxCheck,
): PipelineIssue[] {
  const issues: PipelineIssue[] = [];
  const at = { severity: "error" as const, nodeId: node.id };
  for (const spec of kind.params) {
    const value = node.params[spec.name];
    if (isEmptyParam(value)) {
      if (!spec.optional && !(spec.param.type === "string" && value === "")) {
        issues.push({ ...at, param: spec.name, message: `${spec.label} is required` });
      }
      continue;
    }
    const problem = typeProblem(spec, value) ?? spec.validate?.(value);
    if (problem) {
      issues.push({ ...at, param: spec.name, message: problem });
      continue;
    }
    if (spec.param.type === "function") {
      const checked = checkFunction(value as string);
      if (!checked.ok) {
        const { message, line, column } = checked.error;
        issues.push({
          ...at,
          param: spec.name,
          line,
          column,
          message: `${spec.label}: ${message} (line ${line}, column ${column})`,
        });
      }
    }
  }
  return issues;
}
