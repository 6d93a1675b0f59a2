// Records per second through each node (mean over the batches held): where the data shrinks or grows.
import { memo } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { NodeThroughput } from "./chartData";
import { formatCount } from "./format";
import { plainCategoryTick, plainTick } from "./plainTick";

const X_TICK = plainTick(formatCount, "middle", 12);
const Y_TICK = plainCategoryTick("end");

export const ThroughputChart = memo(function ThroughputChart({ rows }: { rows: NodeThroughput[] }) {
  return (
    <figure className="metric-chart" data-testid="chart-throughput" data-points={rows.length}>
      <figcaption>
        <span>Throughput per node (records/s)</span>
      </figcaption>
      <ResponsiveContainer width="100%" height={Math.max(120, rows.length * 22 + 30)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" horizontal={false} />
          <XAxis type="number" tick={X_TICK} interval={0} />
          <YAxis type="category" dataKey="label" width={110} tick={Y_TICK} interval={0} />
          <Tooltip
            isAnimationActive={false}
            formatter={(v) => `${formatCount(Number(v))} records/s`}
            contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)", fontSize: 12 }}
          />
          <Bar dataKey="recordsPerSecond" name="records/s" fill="var(--accent)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
});
