// Spark's BatchPage for one batch: its times and input, the input metadata per source, the output
// operations with the jobs each ran (stages, tasks, durations, status, failure), and each job's DAG.
// Opened from a batch row or a chart point; the jobs come from the engine on request (it keeps the
// latest batches), the rest from the batch's BatchInfo.
import { useEffect, useMemo } from "react";
import type { BatchInfoMessage } from "../../../../engine/protocol/messages";
import { nodeLabels } from "../../../charts/chartData";
import { formatBatchTime, formatDuration } from "../../../charts/format";
import { countText } from "../../../i18n/counts";
import { useT } from "../../../i18n/useT";
import { useStudio } from "../../../store";
import { Explanation } from "../../../widgets/Explanation";
import { JobDag } from "./JobDag";
import { OutputOpsTable } from "./OutputOpsTable";
import "../../../i18n/later/live";

type BatchState = "queued" | "processing" | "completed" | "failed" | "withoutJobs" | "unknown";

function useBatch(batchTimeMs: number): { info?: BatchInfoMessage; state: BatchState } {
  const done = useStudio((s) => s.batches.find((b) => b.batchTimeMs === batchTimeMs));
  const pending = useStudio((s) => s.pending.find((p) => p.info.batchTimeMs === batchTimeMs));
  if (done) {
    const state = done.withoutJobs
      ? "withoutJobs"
      : done.failureReason === undefined
        ? "completed"
        : "failed";
    return { info: done, state };
  }
  if (pending) return { info: pending.info, state: pending.status };
  return { state: "unknown" };
}

export function BatchPage({ batchTimeMs }: { batchTimeMs: number }) {
  const t = useT();
  const closeBatch = useStudio((s) => s.closeBatch);
  const requestBatchDetail = useStudio((s) => s.requestBatchDetail);
  const detail = useStudio((s) => s.batchDetails[batchTimeMs]);
  const nodes = useStudio((s) => s.doc.nodes);
  const batchIntervalMs = useStudio((s) => s.doc.batchIntervalMs);
  const history = useStudio((s) => s.nodeHistory);
  const { info, state } = useBatch(batchTimeMs);
  const labels = useMemo(() => nodeLabels(nodes), [nodes]);
  const ranJobs = state === "processing" || state === "completed" || state === "failed";

  // Ask once the batch's jobs have run (they run when it starts), and again when it completes.
  const askedAs = ranJobs ? state : undefined;
  useEffect(() => {
    if (askedAs !== undefined) requestBatchDetail(batchTimeMs);
  }, [askedAs, batchTimeMs, requestBatchDetail]);

  const inputs = Object.entries(info?.inputByNode ?? {});
  return (
    <div className="batch-page" data-testid="batch-page" data-batch-time={batchTimeMs} data-state={state}>
      <div className="batch-page-head">
        <button type="button" className="btn btn-ghost" onClick={closeBatch}>
          {t("live.batchPage.back")}
        </button>
        <h3>
          {t("live.batchPage.title")} <span className="mono">{formatBatchTime(batchTimeMs)}</span>
        </h3>
        <span className={`status status-${state === "withoutJobs" ? "completed" : state}`}>
          {t(`live.batches.state.${state}`)}
        </span>
      </div>
      {state === "withoutJobs" ? (
        <p className="bottom-empty">
          {t("live.batchPage.withoutJobs")} <Explanation why="skippedBatch" compact />
        </p>
      ) : state === "unknown" ? (
        <p className="bottom-empty">{t("live.batchPage.unknown")}</p>
      ) : (
        <>
          <ul className="batch-summary" data-testid="batch-summary">
            <li>
              <strong>{t("live.batchPage.batchDuration")}</strong> {formatDuration(batchIntervalMs)}
            </li>
            <li>
              <strong>{t("live.batchPage.inputDataSize")}</strong>{" "}
              {countText(info?.numRecords ?? 0, "record", (n) => n.toLocaleString("en-US"))}
            </li>
            <li>
              <strong>{t("live.batchPage.schedulingDelay")}</strong> {formatDuration(info?.schedulingDelayMs)}
            </li>
            <li>
              <strong>{t("live.batchPage.processingTime")}</strong> {formatDuration(info?.processingDelayMs)}{" "}
              <span className="muted">{t("live.batchPage.simulated")}</span>
            </li>
            <li>
              <strong>{t("live.batchPage.totalDelay")}</strong> {formatDuration(info?.totalDelayMs)}
            </li>
            <li>
              <strong>{t("live.batchPage.measuredCompute")}</strong> {formatDuration(info?.measuredComputeMs)}
            </li>
          </ul>
          {info?.failureReason && (
            <p className="batch-failure" role="alert">
              {t("live.batchPage.failed", { reason: info.failureReason })}
            </p>
          )}
          <table className="batch-table input-metadata" data-testid="input-metadata">
            <thead>
              <tr>
                <th>{t("live.batchPage.input")}</th>
                <th>{t("live.batchPage.records")}</th>
                <th>{t("live.batchPage.metadata")}</th>
              </tr>
            </thead>
            <tbody>
              {inputs.map(([nodeId, records]) => {
                const summary = history[nodeId]?.find((s) => s.batchTimeMs === batchTimeMs);
                const blocks = summary?.partitionCounts.length;
                return (
                  <tr key={nodeId}>
                    <td>{labels.get(nodeId) ?? nodeId}</td>
                    <td className="num">{records.toLocaleString("en-US")}</td>
                    <td>{blocks === undefined ? "-" : countText(blocks, "block")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {!ranJobs ? (
            <p className="bottom-empty">{t("live.batchPage.queued")}</p>
          ) : detail === undefined ? (
            <p className="muted pane-loading">{t("live.batchPage.asking")}</p>
          ) : detail === "missing" ? (
            <p className="bottom-empty">{t("live.batchPage.missing")}</p>
          ) : (
            <>
              <OutputOpsTable ops={detail.outputOps} labels={labels} />
              <h4 className="batch-table-title">{t("live.batchPage.dag")}</h4>
              {detail.outputOps.flatMap((op) =>
                op.jobs.map((job) => (
                  <details key={job.jobId} className="job-dag-box" open={job.stages.length > 0}>
                    <summary>
                      {t("live.batchPage.job", {
                        id: job.jobId,
                        callSite: job.callSite,
                        op: op.id,
                        name: op.name,
                        stages: countText(job.stages.length, "stage"),
                      })}
                    </summary>
                    <JobDag job={job} />
                  </details>
                )),
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
