// The node-kind catalog: one entry per source, operator and sink. The palette, the inspector, the
// validator, the compiler and the code generators all read it. Each kind's spec lives in its own folder
// under ../kinds/; this module only indexes them.
import { type KindName, kindSpecs } from "../kinds/specs";
import { type StructuredKindName, structuredKindSpecs } from "../kinds/structured/specs";
import type { NodeCategory, NodeKindSpec, PairOutput, PipelineMode } from "../types";

export type { KindName } from "../kinds/specs";
export type { StructuredKindName } from "../kinds/structured/specs";

/** A kind of either mode. */
export type AnyKindName = KindName | StructuredKindName;
export { formatDuration, isEmptyParam } from "./params";

const allKinds: readonly NodeKindSpec<KindName>[] = kindSpecs;

export const catalog: Readonly<Record<KindName, NodeKindSpec<KindName>>> = Object.fromEntries(
  allKinds.map((s) => [s.kind, s]),
) as Record<KindName, NodeKindSpec<KindName>>;

/** True for the name of a node kind this build knows (documents may hold any string). */
export function isKindName(kind: string): kind is KindName {
  return Object.hasOwn(catalog, kind);
}

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

export const catalogByCategory: Record<NodeCategory, NodeKindSpec<KindName>[]> = Object.fromEntries(
  categoryOrder.map((c) => [c, allKinds.filter((s) => s.category === c)]),
) as Record<NodeCategory, NodeKindSpec<KindName>[]>;

/** The Structured Streaming kinds (mode "structured"); `catalog` holds the DStream kinds. */
export const structuredCatalog: Readonly<Record<StructuredKindName, NodeKindSpec<StructuredKindName>>> =
  Object.fromEntries(structuredKindSpecs.map((s) => [s.kind, s])) as Record<
    StructuredKindName,
    NodeKindSpec<StructuredKindName>
  >;

export function isStructuredKindName(kind: string): kind is StructuredKindName {
  return Object.hasOwn(structuredCatalog, kind);
}

/** The mode a kind belongs to. */
export const kindMode = (spec: NodeKindSpec): PipelineMode => spec.mode ?? "dstream";

/** The kinds of one mode, in the palette's order. */
export function kindsForMode(mode: PipelineMode): readonly NodeKindSpec<AnyKindName>[] {
  return mode === "structured" ? structuredKindSpecs : allKinds;
}

/** The palette of a pipeline's mode: its kinds by category (empty categories included, in categoryOrder). */
export function catalogByModeAndCategory(
  mode: PipelineMode,
): Record<NodeCategory, NodeKindSpec<AnyKindName>[]> {
  const kinds = kindsForMode(mode);
  return Object.fromEntries(categoryOrder.map((c) => [c, kinds.filter((s) => s.category === c)])) as Record<
    NodeCategory,
    NodeKindSpec<AnyKindName>[]
  >;
}

/** The palette's group names per mode (Structured Streaming calls its groups as the guide does). */
export const categoryLabelsByMode: Record<PipelineMode, Record<NodeCategory, string>> = {
  dstream: categoryLabels,
  structured: {
    source: "Sources (readStream)",
    transformation: "Transformations",
    window: "Event time & aggregation",
    state: "Deduplication",
    join: "Joins",
    output: "Sinks (writeStream)",
  },
};

/** A DStream kind by its name (documents may hold any string); getAnyKind also finds the structured ones. */
export function getKind(kind: string): NodeKindSpec<KindName> | undefined {
  return isKindName(kind) ? catalog[kind] : undefined;
}

/** A kind of either mode (DStream or Structured Streaming) by its name: the inspector's and validator's lookup. */
export function getAnyKind(kind: string): NodeKindSpec<AnyKindName> | undefined {
  return isKindName(kind) ? catalog[kind] : isStructuredKindName(kind) ? structuredCatalog[kind] : undefined;
}

/**
 * The node's params with the catalog's defaults filled in for anything missing. An object default (the
 * static table's rows) is a copy: a running pipeline's functions receive its values and may mutate them,
 * and the catalog serves every later document in the process (the CLI, the fuzz test, the exporters).
 */
export function resolveParams(spec: NodeKindSpec, params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...params };
  for (const p of spec.params)
    if (out[p.name] === undefined && p.default !== undefined)
      out[p.name] =
        typeof p.default === "object" && p.default !== null ? structuredClone(p.default) : p.default;
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
