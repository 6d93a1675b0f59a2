// Messages shown over the canvas, e.g. why a connection was refused.
import { useStudio } from "../store";

export function CanvasToasts() {
  const toasts = useStudio((s) => s.toasts);
  const dismiss = useStudio((s) => s.dismissToast);
  if (toasts.length === 0) return null;
  return (
    <div className="canvas-toasts" aria-live="polite">
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
