// What a node holds during a run: its last batch's count, the batches inside its window (window
// nodes), the size of its state (state nodes), and a runtime error.
import { memo } from "react";
import { countOf, formatBatchTime, formatCount } from "../../charts/format";
import { useStudio } from "../../store";
import "./tokens.css";

export const NodeLiveBadge = memo(function NodeLiveBadge({ nodeId }: { nodeId: string }) {
  const last = useStudio((s) => s.nodeHistory[nodeId]?.at(-1));
  const error = useStudio((s) => s.nodeErrors[nodeId]?.message);
  if (!last && !error) return null;
  return (
    <div className="node-live" data-testid="node-live">
      {last && (
        <span className="node-live-count" data-testid="node-live-count">
          {last.computed ? countOf(last.count, "record", formatCount) : "no RDD this batch"}
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
