// One batch of a node in the records drawer: time, count, its partitions, and the sampled records
// (a key/value table for pair streams).
import { memo } from "react";
import { formatBatchTime } from "../../charts/format";
import { countText } from "../../i18n/counts";
import { useT } from "../../i18n/useT";
import { Explanation } from "../../widgets/Explanation";
import type { BatchView } from "./recordsView";
import "../../i18n/later/live";

export const BatchCard = memo(function BatchCard({ view }: { view: BatchView }) {
  const t = useT();
  return (
    <section
      className={view.computed ? "batch-card" : "batch-card is-empty"}
      data-testid="records-batch"
      data-batch-time={view.batchTimeMs}
    >
      {/* Beside the partitions, not above them: a short drawer shows more rows per partition. */}
      <header>
        <strong className="mono">{formatBatchTime(view.batchTimeMs)}</strong>
        <span data-testid="records-count">
          {view.computed
            ? countText(view.count, "record", (n) => n.toLocaleString("en-US"))
            : t("live.records.noRdd")}
        </span>
        {/* "no RDD" and its why in the header, the sentence as the link's tooltip: an empty card stays
            one line, so it does not push the newest records below the fold at 1024x768. */}
        {!view.computed && <Explanation why="noRdd" compact />}
        {view.computed && <span className="muted">{countText(view.partitions.length, "partition")}</span>}
        {view.stateSize !== undefined && (
          <span className="chip">{t("live.records.state", { keys: countText(view.stateSize, "key") })}</span>
        )}
        {view.windowBatches && (
          <span className="chip">
            {t("live.records.window", { batches: countText(view.windowBatches.length, "batch") })}
          </span>
        )}
      </header>
      {view.computed && view.windowBatches?.length === 0 && <Explanation why="emptyWindow" />}
      {view.computed && (
        <div className="partitions">
          {view.partitions.map((p) => (
            <div className="partition" key={p.index}>
              <div className="partition-title">
                {t("live.records.partition", { index: p.index, records: countText(p.count, "record") })}
                {p.rows.length < p.count && (
                  <span className="muted">{t("live.records.showing", { n: p.rows.length })}</span>
                )}
              </div>
              <table className="kv-table" data-testid={view.isPair ? "kv-table" : "records-table"}>
                {view.isPair && (
                  <thead>
                    <tr>
                      <th>{t("live.records.key")}</th>
                      <th>{t("live.records.value")}</th>
                    </tr>
                  </thead>
                )}
                <tbody>
                  {p.rows.map((row, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: sampled records may repeat; position is their identity
                    <tr key={i}>
                      {row.map((cell, j) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                        <td key={j} className="mono">
                          {cell}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </div>
      )}
    </section>
  );
});
