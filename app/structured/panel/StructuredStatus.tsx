// The structured run at a glance: last trigger, watermark, late rows dropped so far.
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { clockText } from "../plot/clockText";
import { panelStrings as S } from "./panelStrings";

export function StructuredStatus() {
  const t = useT();
  const last = useStudio((s) => s.structuredRun.triggers.at(-1));
  const dropped = useStudio((s) => s.structuredRun.droppedRows);
  const notice = useStudio((s) => s.notice);
  const clearNotice = useStudio((s) => s.clearNotice);
  return (
    <div className="run-status">
      {notice && (
        <span className="notice" role="status">
          {notice}
          <button type="button" aria-label={t("live.status.dismiss")} onClick={clearNotice}>
            ×
          </button>
        </span>
      )}
      <span className="mono" data-testid="last-trigger">
        {last ? S.lastTrigger(last.batchId) : S.noTrigger}
      </span>
      {last?.watermarkMs !== undefined && last.watermarkMs > 0 && (
        <span className="mono" data-testid="last-watermark">
          {S.watermark(clockText(last.watermarkMs))}
        </span>
      )}
      {dropped > 0 && (
        <span className="structured-dropped" data-testid="dropped-count">
          {S.dropped(dropped)}
        </span>
      )}
    </div>
  );
}
