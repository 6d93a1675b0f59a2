// The node-kind catalog: one entry per source, operator and sink. The palette, the inspector, the
// validator, the compiler and the code generators all read it, so a new operator is one new entry.
import type { NodeCategory, NodeKindSpec, PairOutput } from "../types";
import { aggregate } from "./aggregate";
import { basic } from "./basic";
import { joins } from "./joins";
import { outputs } from "./outputs";
import { sources } from "./sources";
import { stateOps } from "./state";
import { storageOps } from "./storage";
import { transforms } from "./transform";
import { windows } from "./windows";

export { formatDuration, isEmptyParam } from "./params";

const allKinds: NodeKindSpec[] = [
  ...sources,
  ...basic,
  ...aggregate,
  ...transforms,
  ...storageOps,
  ...joins,
  ...windows,
  ...stateOps,
  ...outputs,
];

export const catalog: Record<string, NodeKindSpec> = Object.fromEntries(allKinds.map((s) => [s.kind, s]));

export const categoryOrder: readonly NodeCategory[] = [
  "source",
  "transformation",
  "window",
  "state",
  "join",
  "output",
];

export const categoryLabels: Record<NodeCategory, string> = {
  source: "Sources",
  transformation: "Transformations",
  window: "Windows",
  state: "State",
  join: "Joins",
  output: "Outputs",
};

export const catalogByCategory: Record<NodeCategory, NodeKindSpec[]> = Object.fromEntries(
  categoryOrder.map((c) => [c, allKinds.filter((s) => s.category === c)]),
) as Record<NodeCategory, NodeKindSpec[]>;

export function getKind(kind: string): NodeKindSpec | undefined {
  return Object.hasOwn(catalog, kind) ? catalog[kind] : undefined;
}

/** The node's params with the catalog's defaults filled in for anything missing. */
export function resolveParams(spec: NodeKindSpec, params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...params };
  for (const p of spec.params)
    if (out[p.name] === undefined && p.default !== undefined) out[p.name] = p.default;
  return out;
}

export function needsCheckpoint(spec: NodeKindSpec, params: Record<string, unknown>): boolean {
  const rule = spec.needsCheckpoint;
  return typeof rule === "function" ? rule(resolveParams(spec, params)) : rule;
}

export function outputPairness(spec: NodeKindSpec, params: Record<string, unknown>): PairOutput {
  return spec.outputFor ? spec.outputFor(resolveParams(spec, params)) : spec.output;
}

/** The one-line card summary, never throwing on odd params. */
export function summarize(
  spec: NodeKindSpec,
  params: Record<string, unknown>,
  batchIntervalMs: number,
): string {
  if (!spec.summary) return "";
  try {
    return spec.summary(resolveParams(spec, params), batchIntervalMs);
  } catch {
    return "";
  }
}
