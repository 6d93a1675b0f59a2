// Spark's Streaming tab: "Active Batches" (queued behind the one processing, concurrentJobs = 1) above
// "Completed Batches", newest first.
import { lazy, Suspense, useMemo } from "react";
import { type BatchRow, batchRows } from "../../charts/chartData";
import { formatBatchTime, formatDuration } from "../../charts/format";
import { useThrottled } from "../../charts/useThrottled";
import { countText } from "../../i18n/counts";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { NoBatchesYet } from "./NoBatchesYet";
import "../../i18n/later/live";

// One batch's page (its jobs' DAG, output operations) loads when a batch is first opened.
const BatchPage = lazy(() => import("./batch/BatchPage").then((m) => ({ default: m.BatchPage })));

function BatchRows({ rows, testId }: { rows: BatchRow[]; testId: string }) {
  const t = useT();
  const openBatch = useStudio((s) => s.openBatch);
  return (
    <table className="batch-table" data-testid={testId} data-rows={rows.length}>
      <thead>
        <tr>
          <th>{t("live.batches.batchTime")}</th>
          <th title={t("live.batches.inputSizeTitle")}>{t("live.batches.inputSize")}</th>
          <th>{t("live.batches.schedulingDelay")}</th>
          <th>{t("live.batches.processingTime")}</th>
          <th>{t("live.batches.totalDelay")}</th>
          <th title={t("live.batches.measuredComputeTitle")}>{t("live.batches.measuredCompute")}</th>
          <th>{t("live.batches.status")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={`${r.status}-${r.batchTimeMs}`}
            data-status={r.status}
            data-batch-time={r.batchTimeMs}
            data-scheduling-delay={r.schedulingDelay}
            data-processing-time={r.processingTime}
            data-input-size={r.inputSize}
            data-compute-ms={r.computeMs}
            className="is-clickable"
            onClick={() => openBatch(r.batchTimeMs)}
          >
            <td className="mono">
              <button
                type="button"
                className="link-button"
                onClick={(e) => {
                  e.stopPropagation();
                  openBatch(r.batchTimeMs);
                }}
              >
                {formatBatchTime(r.batchTimeMs)}
              </button>
            </td>
            <td className="num">{countText(r.inputSize, "record", (n) => n.toLocaleString("en-US"))}</td>
            <td className="num">{formatDuration(r.schedulingDelay)}</td>
            <td className="num">{formatDuration(r.processingTime)}</td>
            <td className="num">{formatDuration(r.totalDelay)}</td>
            <td className="num">{formatDuration(r.computeMs)}</td>
            <td>
              <span className={`status status-${r.status}`} title={r.failureReason}>
                {t(`live.batches.state.${r.status}`)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BatchTable() {
  const openBatchTimeMs = useStudio((s) => s.openBatchTimeMs);
  if (openBatchTimeMs !== null)
    return (
      <Suspense fallback={null}>
        <BatchPage batchTimeMs={openBatchTimeMs} />
      </Suspense>
    );
  return <BatchTables />;
}

function BatchTables() {
  const t = useT();
  const batches = useThrottled(
    useStudio((s) => s.batches),
    500,
  );
  const pending = useThrottled(
    useStudio((s) => s.pending),
    500,
  );
  const rows = useMemo(() => batchRows(batches, pending, 100), [batches, pending]);
  if (rows.length === 0) return <NoBatchesYet />;
  const active = rows.filter((r) => r.status === "queued" || r.status === "processing");
  const done = rows.filter((r) => r.status === "completed" || r.status === "failed");
  return (
    <div className="batch-tables">
      <h3 className="batch-table-title" data-testid="active-batches-title">
        {t("live.batches.active", { n: active.length })}
      </h3>
      {active.length > 0 ? (
        <BatchRows rows={active} testId="active-batches" />
      ) : (
        <p className="bottom-empty">{t("live.batches.noneActive")}</p>
      )}
      <h3 className="batch-table-title">{t("live.batches.completed", { n: done.length })}</h3>
      <BatchRows rows={done} testId="batch-table" />
    </div>
  );
}
