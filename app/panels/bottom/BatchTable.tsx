// Spark's "Active Batches" and "Completed Batches" in one table, newest first.
import { useMemo } from "react";
import { batchRows } from "../../charts/chartData";
import { countOf, formatBatchTime, formatDuration } from "../../charts/format";
import { useThrottled } from "../../charts/useThrottled";
import { useStudio } from "../../store";

const STATUS_LABEL = { queued: "queued", processing: "processing", completed: "completed" } as const;

export function BatchTable() {
  const batches = useThrottled(
    useStudio((s) => s.batches),
    500,
  );
  const pending = useThrottled(
    useStudio((s) => s.pending),
    500,
  );
  const rows = useMemo(() => batchRows(batches, pending, 100), [batches, pending]);
  if (rows.length === 0) return <p className="bottom-empty">No batches yet: press Run or Step.</p>;
  return (
    <table className="batch-table" data-testid="batch-table" data-completed={batches.length}>
      <thead>
        <tr>
          <th>Batch time</th>
          <th>Input size</th>
          <th>Scheduling delay</th>
          <th>Processing time</th>
          <th>Total delay</th>
          <th title="Wall-clock time the engine really spent on the batch">Measured compute</th>
          <th>Status</th>
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
          >
            <td className="mono">{formatBatchTime(r.batchTimeMs)}</td>
            <td className="num">{countOf(r.inputSize, "record", (n) => n.toLocaleString("en-US"))}</td>
            <td className="num">{formatDuration(r.schedulingDelay)}</td>
            <td className="num">{formatDuration(r.processingTime)}</td>
            <td className="num">{formatDuration(r.totalDelay)}</td>
            <td className="num">{formatDuration(r.computeMs)}</td>
            <td>
              <span className={`status status-${r.status}`}>{STATUS_LABEL[r.status]}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
