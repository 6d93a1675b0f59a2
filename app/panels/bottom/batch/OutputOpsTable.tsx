// Spark's "Output Operations" table on the batch page: each operation's row spans its jobs.
import type { OutputOpMessage } from "../../../../engine/protocol/messages";
import { formatDuration } from "../../../charts/format";
import { useT } from "../../../i18n/useT";
import { outputOpRows } from "./outputOpRows";
import "../../../i18n/later/live";

export function OutputOpsTable({ ops, labels }: { ops: OutputOpMessage[]; labels: Map<string, string> }) {
  const t = useT();
  const rows = outputOpRows(ops);
  return (
    <table className="batch-table output-ops" data-testid="output-ops">
      <thead>
        <tr>
          <th>{t("live.outputOps.id")}</th>
          <th>{t("live.outputOps.description")}</th>
          <th title={t("live.outputOps.durationTitle")}>{t("live.outputOps.duration")}</th>
          <th>{t("live.outputOps.status")}</th>
          <th>{t("live.outputOps.jobId")}</th>
          <th title={t("live.outputOps.jobDurationTitle")}>{t("live.outputOps.jobDuration")}</th>
          <th>{t("live.outputOps.stages")}</th>
          <th>{t("live.outputOps.tasks")}</th>
          <th>{t("live.outputOps.error")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={`${r.op.id}-${r.job?.jobId ?? "none"}`}
            data-op-id={r.op.id}
            data-job-id={r.job?.jobId}
            data-status={r.job?.status ?? r.op.status}
          >
            {r.first && (
              <>
                <td rowSpan={r.span} className="num">
                  {r.op.id}
                </td>
                <td rowSpan={r.span}>
                  {t("live.outputOps.at", {
                    name: r.op.name,
                    node: r.op.nodeId ? (labels.get(r.op.nodeId) ?? r.op.nodeId) : "?",
                  })}
                  {r.op.jobsOmitted > 0 && (
                    <span className="muted">{t("live.outputOps.moreJobs", { n: r.op.jobsOmitted })}</span>
                  )}
                </td>
                <td rowSpan={r.span} className="num">
                  {formatDuration(r.op.durationMs)}
                </td>
                <td rowSpan={r.span}>
                  <span
                    className={`status status-${r.op.status === "succeeded" ? "completed" : r.op.status}`}
                  >
                    {t(`live.outputOps.state.${r.op.status}`)}
                  </span>
                </td>
              </>
            )}
            {r.job && r.counts ? (
              <>
                <td className="num">
                  {r.job.jobId} <span className="muted">({r.job.callSite})</span>
                </td>
                <td className="num">{formatDuration(r.job.durationMs)}</td>
                <td className="num" data-testid="job-stages">
                  {r.counts.stagesSucceeded}/{r.counts.stagesTotal}
                  {r.counts.stagesFailed > 0 &&
                    t("live.outputOps.stagesFailed", { n: r.counts.stagesFailed })}
                  {r.counts.stagesSkipped > 0 &&
                    t("live.outputOps.stagesSkipped", { n: r.counts.stagesSkipped })}
                </td>
                <td className="num">
                  <span className="task-bar" aria-hidden="true">
                    <span
                      style={{
                        width: `${r.counts.tasksTotal ? (100 * r.counts.tasksSucceeded) / r.counts.tasksTotal : 0}%`,
                      }}
                    />
                  </span>
                  {r.counts.tasksSucceeded}/{r.counts.tasksTotal}
                </td>
              </>
            ) : (
              <td colSpan={4} className="muted">
                {t("live.outputOps.noJob")}
              </td>
            )}
            {r.first && (
              <td rowSpan={r.span} className="error-cell">
                {r.op.failureReason ?? ""}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
