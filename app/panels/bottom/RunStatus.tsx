// The run's state at a glance, edits waiting for a restart, the notice of the last refused action, and the backpressure toggle.
import { lazy, Suspense } from "react";
import { formatBatchTime } from "../../charts/format";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { isRunStarted } from "../../store/run/isRunStarted";
import { batchIntervalLocked } from "../../store/run/liveControlsSlice";
import { Explanation } from "../../widgets/Explanation";

// "Edited since Run" shows only while a run is started (and once edits are made): its code (the document
// comparison) loads when the run starts, before any edit can make it show.
const EditedSinceRun = lazy(() => import("./EditedSinceRun").then((m) => ({ default: m.EditedSinceRun })));

export function RunStatus() {
  const t = useT();
  const batchTimeMs = useStudio((s) => s.batches.at(-1)?.batchTimeMs);
  const notice = useStudio((s) => s.notice);
  const clearNotice = useStudio((s) => s.clearNotice);
  const backpressure = useStudio((s) => s.doc.settings.backpressure);
  const setBackpressure = useStudio((s) => s.setBackpressure);
  const started = useStudio(isRunStarted);
  return (
    <div className="run-status">
      {started && (
        <Suspense fallback={null}>
          <EditedSinceRun />
        </Suspense>
      )}
      {notice && (
        <span className="notice" role="status">
          {notice === batchIntervalLocked() ? (
            <>
              {t("toolbar.run.batchIntervalLocked")} <Explanation why="intervalLocked" compact />
            </>
          ) : (
            notice
          )}
          <button type="button" aria-label={t("live.status.dismiss")} onClick={clearNotice}>
            ×
          </button>
        </span>
      )}
      <span className="mono" data-testid="last-batch-time">
        {batchTimeMs === undefined
          ? t("live.status.noBatch")
          : t("live.status.batch", { time: formatBatchTime(batchTimeMs) })}
      </span>
      <label className="toggle" title={t("live.status.backpressureTitle")}>
        <input type="checkbox" checked={backpressure} onChange={(e) => setBackpressure(e.target.checked)} />
        {t("live.status.backpressure")}
      </label>
    </div>
  );
}
