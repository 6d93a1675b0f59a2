// "Edited since Run": the editor's document differs from the one the engine runs. Spark can't change a
// started StreamingContext's DStream graph, so the edits wait for the next Run; Restart applies them now.
import { useMemo } from "react";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { editsSinceRun } from "../../store/run/editsSinceRun";
import { isRunStarted } from "../../store/run/isRunStarted";

export function EditedSinceRun() {
  const t = useT();
  const runDoc = useStudio((s) => s.runDoc);
  const doc = useStudio((s) => s.doc);
  const active = useStudio(isRunStarted);
  const restart = useStudio((s) => s.restart);
  // A restart with errors would stop the run and then refuse to start: offer it once they are fixed.
  const errorCount = useStudio((s) => s.issues.filter((i) => i.severity === "error").length);
  const edits = useMemo(() => (active && runDoc ? editsSinceRun(runDoc, doc) : []), [active, runDoc, doc]);
  if (edits.length === 0) return null;
  return (
    <span
      className="notice edited-since-run"
      role="status"
      data-testid="edited-since-run"
      title={t("live.edited.tooltip", { edits: edits.join("; ") })}
    >
      <strong className="notice-title">{t("live.edited.title")}</strong>{" "}
      <span className="notice-text">{t("live.edited.text")}</span>
      <button
        type="button"
        className="notice-action"
        onClick={restart}
        disabled={errorCount > 0}
        title={errorCount > 0 ? t("live.edited.fixFirst") : t("live.edited.restartTitle")}
      >
        {t("live.edited.restart")}
      </button>
    </span>
  );
}
