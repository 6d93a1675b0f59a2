// How many validator errors and warnings the pipeline has; a click shows them in the inspector.
import { useT } from "../i18n/useT";
import { useStudio } from "../store";

export function ProblemsChip() {
  const t = useT();
  const errors = useStudio((s) => s.issues.filter((i) => i.severity === "error").length);
  const warnings = useStudio((s) => s.issues.length) - errors;
  const empty = useStudio((s) => s.doc.nodes.length === 0);
  const clearSelection = useStudio((s) => s.clearSelection);
  if (empty) return null;
  const ok = errors === 0 && warnings === 0;
  // The most severe kind only, to stay short in the toolbar; the inspector lists them all.
  const text = ok
    ? t("widgets.ready")
    : errors
      ? t("units.error", { count: errors, n: errors })
      : t("units.warning", { count: warnings, n: warnings });
  return (
    <button
      type="button"
      className={`problems-chip ${errors ? "is-error" : warnings ? "is-warning" : "is-ok"}`}
      onClick={clearSelection}
      title={ok ? t("widgets.noProblem") : t("widgets.showProblems")}
      data-testid="problems-chip"
    >
      {ok ? "✓ " : "⚠ "}
      {text}
    </button>
  );
}
