// Opens the open query in micro-batch and in continuous mode side by side, with per-record latency.

import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { compareStrings as S } from "../compare/compareStrings";
import { triggerComparison } from "../compare/comparison";

export function CompareModesButton() {
  // Redraw on a language change (the words are read from the catalog).
  useT();
  const hasSink = useStudio((s) => s.doc.nodes.some((n) => n.kind === "structured.writeStream"));
  const open = () => {
    const { doc, openComparison } = useStudio.getState();
    const comparison = triggerComparison(doc, { title: S.triggerTitle, explanation: S.triggerExplanation });
    if (comparison) openComparison(comparison);
  };
  return (
    <button
      type="button"
      className="btn btn-ghost"
      onClick={open}
      disabled={!hasSink}
      title={S.compareButtonTitle}
    >
      {S.compareButton}
    </button>
  );
}
