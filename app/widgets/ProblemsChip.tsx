// How many validator errors and warnings the pipeline has; a click shows them in the inspector.
import { useStudio } from "../store";

export function ProblemsChip() {
  const errors = useStudio((s) => s.issues.filter((i) => i.severity === "error").length);
  const warnings = useStudio((s) => s.issues.length) - errors;
  const empty = useStudio((s) => s.doc.nodes.length === 0);
  const clearSelection = useStudio((s) => s.clearSelection);
  if (empty) return null;
  const ok = errors === 0 && warnings === 0;
  // The most severe kind only, to stay short in the toolbar; the inspector lists them all.
  const [n, word] = errors ? [errors, "error"] : [warnings, "warning"];
  const text = ok ? "Ready" : `${n} ${word}${n > 1 ? "s" : ""}`;
  return (
    <button
      type="button"
      className={`problems-chip ${errors ? "is-error" : warnings ? "is-warning" : "is-ok"}`}
      onClick={clearSelection}
      title={ok ? "The validator found no problem" : "Show the problems in the inspector"}
      data-testid="problems-chip"
    >
      {ok ? "✓ " : "⚠ "}
      {text}
    </button>
  );
}
