// Palette search: matches a kind's label, Spark method, doc and category, all words in any order.
import type { NodeKindSpec } from "../../../engine/graph/types";

/** `translated`: the kind's doc and category in the UI's language, so a Korean search finds it too. */
export function matchesQuery(spec: NodeKindSpec, query: string, translated = ""): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack =
    `${spec.label} ${spec.kind} ${spec.sparkMethod} ${spec.category} ${spec.doc} ${translated}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
}
