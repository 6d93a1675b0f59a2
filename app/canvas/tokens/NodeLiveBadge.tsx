// What a node holds during a run: its last batch's count, the batches inside its window (window
// nodes), the size of its state (state nodes), and a runtime error.
import { memo } from "react";
import { countOf, formatBatchTime, formatCount } from "../../charts/format";
import { useStudio } from "../../store";
import "./tokens.css";

/** Batches generated with this source's input and still waiting (queued or processing), and their records. */
function useWaitingAtSource(nodeId: string): string {
  return useStudio((s) => {
    let batches = 0;
    let records = 0;
    for (const p of s.pending) {
      const n = p.info.inputByNode?.[nodeId];
      if (n === undefined) continue;
      batches++;
      records += n;
    }
    return batches === 0
      ? ""
      : `${batches === 1 ? "1 batch" : `${formatCount(batches)} batches`} waiting (${countOf(records, "record", formatCount)})`;
  });
}

const NO_RDD_REASON =
  "No job needed this node's RDD at this batch time: a window downstream only computes when it slides (every slide interval), so Spark generates no RDD here until then.";

export const NodeLiveBadge = memo(function NodeLiveBadge({ nodeId }: { nodeId: string }) {
  const last = useStudio((s) => s.nodeHistory[nodeId]?.at(-1));
  const error = useStudio((s) => s.nodeErrors[nodeId]?.message);
  const waiting = useWaitingAtSource(nodeId);
  if (!last && !error && !waiting) return null;
  return (
    <div className="node-live" data-testid="node-live">
      {waiting && (
        <span
          className="node-live-waiting"
          data-testid="node-live-waiting"
          title="Batches queued or processing (one job set at a time)"
        >
          {waiting}
        </span>
      )}
      {last && (
        <span
          className="node-live-count"
          data-testid="node-live-count"
          title={last.computed ? undefined : NO_RDD_REASON}
        >
          {last.computed
            ? countOf(last.count, "record", formatCount)
            : "no RDD: waits for the window's slide"}
        </span>
      )}
      {last?.windowBatches && (
        <span
          className="node-live-window"
          title={`Window holds batches ${last.windowBatches.map(formatBatchTime).join(", ")}`}
          data-testid="node-live-window"
        >
          {last.windowBatches.map((t) => (
            <span key={t} />
          ))}
          <span className="node-live-window-text" data-testid="node-live-window-text">
            {windowText(last.windowBatches)}
          </span>
        </span>
      )}
      {last?.stateSize !== undefined && (
        <span className="node-live-state" data-testid="node-live-state">
          state: {formatCount(last.stateSize)} keys
        </span>
      )}
      {error && (
        <span className="node-live-error" role="alert" title={error}>
          {error.length > 60 ? `${error.slice(0, 57)}…` : error}
        </span>
      )}
    </div>
  );
});

/** The batches a window holds, on the node: "holds 00:00:03 … 00:00:05 (3 batches)". */
function windowText(times: readonly number[]): string {
  if (times.length === 0) return "holds no batch yet";
  if (times.length === 1) return `holds ${formatBatchTime(times[0])}`;
  return `holds ${formatBatchTime(times[0])} … ${formatBatchTime(times.at(-1)!)} (${times.length} batches)`;
}
