// Messages shown over the canvas, e.g. why a connection was refused, and the question asked when
// another tab saved the pipeline open here.
import { useT } from "../i18n/useT";
import { keepMine, loadTheirs, useTabConflict } from "../persistence/tabConflict";
import { useStudio } from "../store";
import "./canvasToasts.css";

export function CanvasToasts() {
  const t = useT();
  const toasts = useStudio((s) => s.toasts);
  const dismiss = useStudio((s) => s.dismissToast);
  const pipelineId = useStudio((s) => s.pipelineId);
  const conflictId = useTabConflict((s) => s.conflictId);
  const conflict = conflictId !== null && conflictId === pipelineId;
  if (toasts.length === 0 && !conflict) return null;
  return (
    <div className="canvas-toasts" aria-live="polite">
      {conflict && <TabConflictNotice />}
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast is-${toast.tone}`} role="alert" data-testid="canvas-toast">
          <span className="toast-icon" aria-hidden="true">
            {toast.tone === "error" ? "⚠" : "ℹ"}
          </span>
          <span className="toast-message">{toast.message}</span>
          <button
            type="button"
            className="toast-close"
            aria-label={t("canvas.dismiss")}
            onClick={() => dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

/** Stays until the user chooses; meanwhile this tab's autosave leaves the pipeline alone. */
function TabConflictNotice() {
  const t = useT();
  const copy = useTabConflict((s) => s.copy);
  return (
    <div className="toast is-error" role="alert" data-testid="tab-conflict">
      <span className="toast-icon" aria-hidden="true">
        ⚠
      </span>
      <span className="toast-message">
        {t("canvas.conflict.changedElsewhere")}{" "}
        {copy ? t("canvas.conflict.keptAs", { name: copy.name }) : t("canvas.conflict.keptAsCopy")}
      </span>
      <button type="button" className="btn btn-primary" onClick={() => void loadTheirs()}>
        {t("canvas.conflict.loadTheirs")}
      </button>
      <button type="button" className="btn" onClick={() => void keepMine()}>
        {t("canvas.conflict.keepMine")}
      </button>
    </div>
  );
}
