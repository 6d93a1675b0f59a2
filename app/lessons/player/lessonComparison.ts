// The `openComparison` action: the side-by-side view over a comparison file (two pipelines over the same
// seeded input), or over the open query in micro-batch and in continuous mode ("triggers"). A lesson
// may word the title, the sentence above the two sides and their labels in both languages; otherwise the
// file's words stay.
import type { PipelineDocument } from "../../../engine/graph/types";
import { type Comparison, parseComparison, triggerComparison } from "../../structured/compare/comparison";
import { pick } from "../localized";
import type { Action } from "../schema";

type OpenComparison = Extract<Action, { do: "openComparison" }>;

export const TRIGGER_COMPARISON = "triggers";

/**
 * The comparison the action names, in `language`. `file` is the parsed JSON of the comparison file
 * (undefined for "triggers"); `doc` is the open pipeline. Throws with what is wrong.
 */
export function lessonComparison(
  action: OpenComparison,
  language: string,
  doc: PipelineDocument,
  file?: unknown,
): Comparison {
  const words = (fallback: { title: string; explanation: string }) => ({
    title: action.title ? pick(action.title, language) : fallback.title,
    explanation: action.explanation ? pick(action.explanation, language) : fallback.explanation,
  });
  if (action.comparison === TRIGGER_COMPARISON) {
    const comparison = triggerComparison(doc, words({ title: doc.name, explanation: "" }));
    if (!comparison) throw new Error("The open pipeline has no writeStream to compare triggers of");
    return comparison;
  }
  const parsed = parseComparison(file);
  if (!parsed.ok) throw new Error(`${action.comparison}: ${parsed.error}`);
  const [left, right] = parsed.comparison.sides;
  const labels = action.sides;
  const sides: Comparison["sides"] = labels
    ? [
        { ...left, label: pick(labels[0], language) },
        { ...right, label: pick(labels[1], language) },
      ]
    : [left, right];
  return { ...parsed.comparison, ...words(parsed.comparison), sides };
}
