// Spark's "Output Operations" table on the batch page: each operation's row spans its jobs.
import type { OutputOpMessage } from "../../../../engine/protocol/messages";
import { formatDuration } from "../../../charts/format";
import { outputOpRows } from "./outputOpRows";

export function OutputOpsTable({ ops, labels }: { ops: OutputOpMessage[]; labels: Map<string, string> }) {
  const rows = outputOpRows(ops);
  return (
    <table className="batch-table output-ops" data-testid="output-ops">
      <thead>
        <tr>
          <th>Output Op Id</th>
          <th>Description</th>
          <th title="Wall-clock time the engine spent on the operation">Output Op Duration</th>
          <th>Status</th>
          <th>Job Id</th>
          <th title="Wall-clock time the engine spent on the job">Job Duration</th>
          <th>Stages: Succeeded/Total</th>
          <th>Tasks (for all stages): Succeeded/Total</th>
          <th>Error</th>
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
                  {r.op.name} at {r.op.nodeId ? (labels.get(r.op.nodeId) ?? r.op.nodeId) : "?"}
                  {r.op.jobsOmitted > 0 && (
                    <span className="muted"> ({r.op.jobsOmitted} more jobs not kept)</span>
                  )}
                </td>
                <td rowSpan={r.span} className="num">
                  {formatDuration(r.op.durationMs)}
                </td>
                <td rowSpan={r.span}>
                  <span
                    className={`status status-${r.op.status === "succeeded" ? "completed" : r.op.status}`}
                  >
                    {r.op.status}
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
                  {r.counts.stagesFailed > 0 && ` (${r.counts.stagesFailed} failed)`}
                  {r.counts.stagesSkipped > 0 && ` (${r.counts.stagesSkipped} skipped)`}
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
                no job (the operation ran no action on its RDD)
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
