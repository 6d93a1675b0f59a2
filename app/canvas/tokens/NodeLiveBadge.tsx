// What a node holds during a run: its last batch's count, the batches inside its window (window
// nodes), the size of its state (state nodes), and a runtime error.

import { memo } from "react";
import { formatBatchTime, formatCount } from "../../charts/format";
import { countText } from "../../i18n/counts";
import { t, useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { Explanation } from "../../widgets/Explanation";

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
      : t("nodes.live.waiting", {
          batches: countText(batches, "batch", formatCount),
          records: countText(records, "record", formatCount),
        });
  });
}

export const NodeLiveBadge = memo(function NodeLiveBadge({ nodeId }: { nodeId: string }) {
  const last = useStudio((s) => s.nodeHistory[nodeId]?.at(-1));
  const error = useStudio((s) => s.nodeErrors[nodeId]?.message);
  const waiting = useWaitingAtSource(nodeId);
  // Re-render on a language change (the texts come from the global t).
  useT();
  if (!last && !error && !waiting) return null;
  return (
    <div className="node-live" data-testid="node-live">
      {waiting && (
        <span
          className="node-live-waiting"
          data-testid="node-live-waiting"
          title={t("nodes.live.waitingTitle")}
        >
          {waiting}
        </span>
      )}
      {last && (
        <span
          className="node-live-count"
          data-testid="node-live-count"
          title={last.computed ? undefined : t("nodes.live.noRddReason")}
        >
          {last.computed ? countText(last.count, "record", formatCount) : t("nodes.live.noRdd")}
          {!last.computed && (
            <>
              {" "}
              <Explanation why="noRdd" compact />
            </>
          )}
        </span>
      )}
      {last?.windowBatches && (
        <span
          className="node-live-window"
          title={t("nodes.live.windowHolds", { times: last.windowBatches.map(formatBatchTime).join(", ") })}
          data-testid="node-live-window"
        >
          {last.windowBatches.map((time) => (
            <span key={time} />
          ))}
          <span className="node-live-window-text" data-testid="node-live-window-text">
            {windowText(last.windowBatches)}
          </span>
          {last.windowBatches.length === 0 && <Explanation why="emptyWindow" compact />}
        </span>
      )}
      {last?.stateSize !== undefined && (
        <span className="node-live-state" data-testid="node-live-state">
          {t("nodes.live.state", { keys: countText(last.stateSize, "key", formatCount) })}
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
  if (times.length === 0) return t("nodes.live.holdsNone");
  if (times.length === 1) return t("nodes.live.holdsOne", { time: formatBatchTime(times[0]) });
  return t("nodes.live.holdsRange", {
    first: formatBatchTime(times[0]),
    last: formatBatchTime(times.at(-1)!),
    batches: countText(times.length, "batch"),
  });
}
