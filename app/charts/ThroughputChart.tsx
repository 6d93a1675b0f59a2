// Records per second through each node (mean over the batches held): where the data shrinks or grows.
// Plain HTML bars (no charting library): a redraw is a few style changes, never a long task.
import { memo } from "react";
import type { NodeThroughput } from "./chartData";
import { formatCount } from "./format";

export const ThroughputChart = memo(function ThroughputChart({ rows }: { rows: NodeThroughput[] }) {
  let max = 0;
  for (const r of rows) if (r.recordsPerSecond > max) max = r.recordsPerSecond;
  return (
    <figure className="metric-chart" data-testid="chart-throughput" data-points={rows.length}>
      <figcaption>
        <span title="Throughput per node (records/s)">Throughput per node (records/s)</span>
      </figcaption>
      <ul className="throughput-bars">
        {rows.map((r) => (
          <li key={r.nodeId} title={`${r.label}: ${formatCount(r.recordsPerSecond)} records/s`}>
            <span className="throughput-label">{r.label}</span>
            <span className="throughput-track">
              <span
                className="throughput-bar"
                style={{ width: `${max > 0 ? (r.recordsPerSecond / max) * 100 : 0}%` }}
              />
            </span>
            <span className="throughput-value">{formatCount(r.recordsPerSecond)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
});
