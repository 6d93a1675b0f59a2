// The run's state at a glance, edits waiting for a restart, the notice of the last refused action, and the backpressure toggle.
import { formatBatchTime } from "../../charts/format";
import { useStudio } from "../../store";
import { EditedSinceRun } from "./EditedSinceRun";

export function RunStatus() {
  const batchTimeMs = useStudio((s) => s.batches.at(-1)?.batchTimeMs);
  const notice = useStudio((s) => s.notice);
  const clearNotice = useStudio((s) => s.clearNotice);
  const backpressure = useStudio((s) => s.doc.settings.backpressure);
  const setBackpressure = useStudio((s) => s.setBackpressure);
  return (
    <div className="run-status">
      <EditedSinceRun />
      {notice && (
        <span className="notice" role="status">
          {notice}
          <button type="button" aria-label="Dismiss" onClick={clearNotice}>
            ×
          </button>
        </span>
      )}
      <span className="mono" data-testid="last-batch-time">
        {batchTimeMs === undefined ? "no batch" : `batch ${formatBatchTime(batchTimeMs)}`}
      </span>
      <label
        className="toggle"
        title="spark.streaming.backpressure.enabled: a PID rate estimator limits the receivers"
      >
        <input type="checkbox" checked={backpressure} onChange={(e) => setBackpressure(e.target.checked)} />
        Backpressure
      </label>
    </div>
  );
}
