// One batch of a node in the records drawer: time, count, its partitions, and the sampled records
// (a key/value table for pair streams).
import { memo } from "react";
import { countOf, formatBatchTime } from "../../charts/format";
import type { BatchView } from "./recordsView";

export const BatchCard = memo(function BatchCard({ view }: { view: BatchView }) {
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
            ? countOf(view.count, "record", (n) => n.toLocaleString("en-US"))
            : "no RDD at this time (between slides)"}
        </span>
        {view.computed && <span className="muted">{countOf(view.partitions.length, "partition")}</span>}
        {view.stateSize !== undefined && <span className="chip">state: {view.stateSize} keys</span>}
        {view.windowBatches && <span className="chip">window: {view.windowBatches.length} batches</span>}
      </header>
      {view.computed && (
        <div className="partitions">
          {view.partitions.map((p) => (
            <div className="partition" key={p.index}>
              <div className="partition-title">
                partition {p.index} · {countOf(p.count, "record")}
                {p.rows.length < p.count && <span className="muted"> (showing {p.rows.length})</span>}
              </div>
              <table className="kv-table" data-testid={view.isPair ? "kv-table" : "records-table"}>
                {view.isPair && (
                  <thead>
                    <tr>
                      <th>key</th>
                      <th>value</th>
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
