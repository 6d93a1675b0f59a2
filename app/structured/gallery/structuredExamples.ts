// The gallery's Structured Streaming entries live in public/examples/structured/ with their own index,
// beside the DStream examples (whose index the DStream tools and tests read). An entry is a query, or a
// side-by-side comparison (`"comparison": true`) that opens in the side-by-side view.
import { type Comparison, parseComparison } from "../compare/comparison";

export interface StructuredExampleEntry {
  file: string;
  title: string;
  description: string;
  comparison?: boolean;
}

export const STRUCTURED_INDEX = "structured/index.json";

export function isComparisonFile(json: unknown): boolean {
  return typeof json === "object" && json !== null && "comparison" in json;
}

/** A gallery comparison, checked: the comparison, or the message the gallery shows. */
export function comparisonFrom(
  json: unknown,
  title: string,
): { ok: true; comparison: Comparison } | { ok: false; error: string } {
  const parsed = parseComparison(json);
  return parsed.ok ? parsed : { ok: false, error: `${title}: ${parsed.error}` };
}
