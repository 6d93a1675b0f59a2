// Messages shown over the canvas, e.g. why a connection was refused, and the question asked when
// another tab saved the pipeline open here.
import { keepMine, loadTheirs, useTabConflict } from "../persistence/tabConflict";
import { useStudio } from "../store";
import "./canvasToasts.css";

export function CanvasToasts() {
  const toasts = useStudio((s) => s.toasts);
  const dismiss = useStudio((s) => s.dismissToast);
  const pipelineId = useStudio((s) => s.pipelineId);
  const conflictId = useTabConflict((s) => s.conflictId);
  const conflict = conflictId !== null && conflictId === pipelineId;
  if (toasts.length === 0 && !conflict) return null;
  return (
    <div className="canvas-toasts" aria-live="polite">
      {conflict && <TabConflictNotice />}
      {toasts.map((t) => (
        <div key={t.id} className={`toast is-${t.tone}`} role="alert" data-testid="canvas-toast">
          <span className="toast-icon" aria-hidden="true">
            {t.tone === "error" ? "⚠" : "ℹ"}
          </span>
          <span className="toast-message">{t.message}</span>
          <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dismiss(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

/** Stays until the user chooses; meanwhile this tab's autosave leaves the pipeline alone. */
function TabConflictNotice() {
  const copy = useTabConflict((s) => s.copy);
  return (
    <div className="toast is-error" role="alert" data-testid="tab-conflict">
      <span className="toast-icon" aria-hidden="true">
        ⚠
      </span>
      <span className="toast-message">
        This pipeline was changed in another tab.{" "}
        {copy
          ? `Your changes here are kept as "${copy.name}" until you choose.`
          : "Changes you make here are kept as a copy until you choose."}
      </span>
      <button type="button" className="btn btn-primary" onClick={() => void loadTheirs()}>
        Load their version
      </button>
      <button type="button" className="btn" onClick={() => void keepMine()}>
        Keep mine
      </button>
    </div>
  );
}
