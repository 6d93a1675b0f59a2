// One per-batch metric as Spark's Streaming UI draws it: a line over batch time, animations off.
import { memo, useMemo, useState } from "react";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { timeAxisInterval } from "./axisTicks";
import type { BatchPoint } from "./chartData";
import { formatAxisTime, formatBatchTime } from "./format";
import { plainTick } from "./plainTick";
import { useStaggered } from "./useStaggered";

const X_TICK = plainTick(formatAxisTime, "middle", 12);
// Props recharts receives are kept referentially stable: a new object (margin, domain, formatter, label)
// makes recharts dispatch a settings action to its store, and every dispatch re-runs all of the chart's
// selectors (nice ticks, scales): that cascade, not the drawing, was most of a redraw's cost.
// The right margin leaves room for half of the last time label, which is centred on the newest point.
const MARGIN = { top: 6, right: 18, bottom: 0, left: 0 };
const Y_AXIS_WIDTH = 56;
/** Below this plot width the reference line's long label would run over the axis. */
const NARROW_PLOT_PX = 140;
const DOT = { r: 2 };
const TOOLTIP_STYLE = { background: "var(--surface)", border: "1px solid var(--border)", fontSize: 12 };
const tooltipLabel = (t: unknown) => `Batch ${formatBatchTime(Number(t))}`;

export interface MetricChartProps {
  id: string;
  title: string;
  data: BatchPoint[];
  dataKey: keyof BatchPoint;
  color: string;
  format: (value: number) => string;
  /** A dashed horizontal line, e.g. the batch interval on processing time; `shortLabel` on narrow charts. */
  reference?: { value: number; label: string; shortLabel?: string };
  /** A second, thinner line (the measured compute time beside the simulated processing time). */
  secondary?: { dataKey: keyof BatchPoint; label: string; color: string };
  /** Redraw this long after the data changes, so that the charts of one batch redraw in separate tasks. */
  staggerMs?: number;
}

export const MetricChart = memo(function MetricChart(props: MetricChartProps) {
  const { id, title, dataKey, color, format, reference, secondary } = props;
  const data = useStaggered(props.data, props.staggerMs ?? 0);
  const yTick = useMemo(() => plainTick(format, "end", 4), [format]);
  const tooltipValue = useMemo(() => (v: unknown) => format(Number(v)), [format]);
  const referenceValue = reference?.value ?? 0;
  const yDomain = useMemo(
    () => [0, (max: number) => Math.max(max, referenceValue) * 1.1 || 1] as [number, (max: number) => number],
    [referenceValue],
  );
  // Only a resize changes it (a stable number otherwise), so it costs no recharts settings dispatch.
  const [plotWidth, setPlotWidth] = useState(0);
  const onResize = useMemo(
    () => (width: number) => setPlotWidth(width - Y_AXIS_WIDTH - MARGIN.left - MARGIN.right),
    [],
  );
  const narrow = plotWidth > 0 && plotWidth < NARROW_PLOT_PX;
  const referenceLabel = useMemo(
    () =>
      reference && {
        value: narrow ? (reference.shortLabel ?? reference.label) : reference.label,
        position: "insideTopRight" as const,
        fontSize: 11,
        fill: "var(--warning)",
      },
    [reference, narrow],
  );
  const points = data.filter((p) => p[dataKey] !== undefined).length;
  const latest = data.at(-1)?.[dataKey];
  return (
    <figure className="metric-chart" data-testid={`chart-${id}`} data-points={points}>
      <figcaption>
        <span title={title}>{title}</span>
        <strong>{latest === undefined ? "-" : format(latest)}</strong>
      </figcaption>
      <ResponsiveContainer width="100%" height={120} onResize={onResize}>
        <LineChart data={data} margin={MARGIN}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
          <XAxis
            dataKey="batchTimeMs"
            tick={X_TICK}
            // A computed interval: recharts' automatic one measures every label in the DOM on each redraw.
            interval={timeAxisInterval(data.length, plotWidth)}
          />
          <YAxis width={Y_AXIS_WIDTH} allowDecimals={false} interval={0} tick={yTick} domain={yDomain} />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={tooltipLabel}
            formatter={tooltipValue}
            contentStyle={TOOLTIP_STYLE}
          />
          {reference && (
            <ReferenceLine
              y={reference.value}
              stroke="var(--warning)"
              strokeDasharray="6 4"
              label={referenceLabel}
            />
          )}
          <Line
            type="linear"
            dataKey={dataKey}
            name={title}
            stroke={color}
            strokeWidth={2}
            dot={data.length < 40 ? DOT : false}
            isAnimationActive={false}
            connectNulls
          />
          {secondary && (
            <Line
              type="linear"
              dataKey={secondary.dataKey}
              name={secondary.label}
              stroke={secondary.color}
              strokeWidth={1}
              strokeDasharray="3 3"
              dot={false}
              isAnimationActive={false}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
});
