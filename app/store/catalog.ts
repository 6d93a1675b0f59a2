// The app's view of the engine's node-kind catalog (plain data): lookup by kind, the palette's
// categories, handle ids and labels. Components ask here rather than reaching into the catalog.
import {
  catalogByCategory,
  catalogByModeAndCategory,
  categoryLabels,
  categoryLabelsByMode,
  categoryOrder,
  getAnyKind,
  type NodeKindSpec,
  type PipelineMode,
} from "../../engine/graph";

export { outputPairness, summarize } from "../../engine/graph";

/** A node's kind, of either mode (a DStream pipeline's or a structured query's). */
export const specOf = getAnyKind;
export const CATEGORY_ORDER = categoryOrder;
export const CATEGORY_LABELS = categoryLabels;
export const SPECS_BY_CATEGORY = catalogByCategory;

/** The palette of a pipeline's mode: its kinds by category, and what its groups are called. */
export const paletteOf = (mode: PipelineMode) => ({
  specs: catalogByModeAndCategory(mode),
  labels: categoryLabelsByMode[mode],
});

/** Input handle ids of a node kind: none for sources, the input names for two-input nodes. */
export function inputHandles(spec: NodeKindSpec): readonly (string | null)[] {
  if (spec.inputs.max === 0) return [];
  if (spec.inputs.max === 2) return spec.inputs.names ?? ["left", "right"];
  return [null];
}

/** The label shown for a node: the user's, else the kind's. */
export function displayLabel(node: { kind: string; label?: string }): string {
  return node.label ?? getAnyKind(node.kind)?.label ?? node.kind;
}
