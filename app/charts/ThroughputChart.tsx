// Records per second through each node (mean over the batches held): where the data shrinks or grows.
// A recharts bar chart: one redraw a second of a handful of bars. The per-batch timelines, five times
// the drawing on every batch, are plain SVG (MetricChart).
import { memo } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { t as translate, useT } from "../i18n/useT";
import type { NodeThroughput } from "./chartData";
import { formatCount } from "./format";
import { plainCategoryTick, plainTick } from "./plainTick";
import { useStaggered } from "./useStaggered";
import "../i18n/later/live";

const X_TICK = plainTick(formatCount, "middle", 12);
const Y_TICK = plainCategoryTick("end");
// Stable props: a new object makes recharts dispatch to its store and re-run every selector.
const MARGIN = { top: 4, right: 16, bottom: 0, left: 0 };
const TOOLTIP_STYLE = { background: "var(--surface)", border: "1px solid var(--border)", fontSize: 12 };
const tooltipValue = (v: unknown) => translate("live.charts.recordsPerSecond", { n: formatCount(Number(v)) });

interface ThroughputChartProps {
  rows: NodeThroughput[];
  /** Redraw this long after the rows change (see MetricChart's staggerMs). */
  staggerMs?: number;
}

export const ThroughputChart = memo(function ThroughputChart(props: ThroughputChartProps) {
  const t = useT();
  const rows = useStaggered(props.rows, props.staggerMs ?? 0);
  return (
    <figure className="metric-chart" data-testid="chart-throughput" data-points={rows.length}>
      <figcaption>
        <span title={t("live.charts.throughput")}>{t("live.charts.throughput")}</span>
      </figcaption>
      <ResponsiveContainer width="100%" height={Math.max(120, rows.length * 22 + 30)}>
        <BarChart data={rows} layout="vertical" margin={MARGIN}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" horizontal={false} />
          {/* Three ticks: five ran into each other on the narrow chart of a 1024 px window. */}
          <XAxis type="number" tick={X_TICK} interval={0} tickCount={3} />
          <YAxis type="category" dataKey="label" width={110} tick={Y_TICK} interval={0} />
          <Tooltip isAnimationActive={false} formatter={tooltipValue} contentStyle={TOOLTIP_STYLE} />
          <Bar
            dataKey="recordsPerSecond"
            name={t("live.charts.recordsPerSecondName")}
            fill="var(--accent)"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
});
