// One per-batch metric as Spark's Streaming UI draws it: a line over batch time, animations off, with
// failed batches marked in red, the average as a dashed line, and a click on a batch reported. Generic:
// any series of points with a time key (`batchTimeMs`) and a numeric key, in any unit (`format`).
import { memo, useCallback, useMemo, useState } from "react";
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
import { formatAxisTime, formatBatchTime } from "./format";
import { PLOT_TOP } from "./Histogram";
import { plainTick } from "./plainTick";
import { useStaggered } from "./useStaggered";

const X_TICK = plainTick(formatAxisTime, "middle", 12);
// Props recharts receives are kept referentially stable: a new object (margin, domain, formatter, label)
// makes recharts dispatch a settings action to its store, and every dispatch re-runs all of the chart's
// selectors (nice ticks, scales): that cascade, not the drawing, was most of a redraw's cost.
// The right margin leaves room for half of the last time label, which is centred on the newest point.
const MARGIN = { top: PLOT_TOP, right: 18, bottom: 0, left: 0 };
export const CHART_HEIGHT = 120;
const Y_AXIS_WIDTH = 56;
/** Below this plot width the reference line's long label would run over the axis. */
const NARROW_PLOT_PX = 140;
const DOT = { r: 2 };
const TOOLTIP_STYLE = { background: "var(--surface)", border: "1px solid var(--border)", fontSize: 12 };
const tooltipLabel = (t: unknown) => `Batch ${formatBatchTime(Number(t))}`;
const FAILED = "var(--danger)";

/** A point of a series: its batch time, whether that batch failed, and numeric metrics. */
export interface SeriesPoint {
  batchTimeMs: number;
  failed?: boolean;
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: SeriesPoint;
}

/** Failed batches as red dots whatever the number of points; the others as small dots when few. */
function dotRenderer(color: string, showAll: boolean) {
  return function renderDot({ cx, cy, index, payload }: DotProps) {
    if (cx === undefined || cy === undefined || !Number.isFinite(cy)) return <g key={`d${index}`} />;
    if (payload?.failed)
      return (
        <circle key={`d${index}`} className="failed-dot" cx={cx} cy={cy} r={4} fill={FAILED} stroke="none" />
      );
    if (!showAll) return <g key={`d${index}`} />;
    return <circle key={`d${index}`} cx={cx} cy={cy} r={DOT.r} fill={color} stroke="none" />;
  };
}

export interface MetricChartProps<P extends SeriesPoint = SeriesPoint> {
  id: string;
  title: string;
  data: P[];
  dataKey: keyof P & string;
  color: string;
  format: (value: number) => string;
  /** A dashed horizontal line, e.g. the batch interval on processing time; `shortLabel` on narrow charts. */
  reference?: { value: number; label: string; shortLabel?: string };
  /** A second, thinner line (the measured compute time beside the simulated processing time). */
  secondary?: { dataKey: keyof P & string; label: string; color: string };
  /** Redraw this long after the data changes, so that the charts of one batch redraw in separate tasks. */
  staggerMs?: number;
  /** The value axis' top (a histogram beside it shares it); default: from the data. */
  yMax?: number;
  /** Its ticks, with `yMax`. */
  yTicks?: number[];
  /** The average of the series, drawn dashed. */
  average?: number;
  /** A click on the chart: the batch time nearest the pointer. */
  onPointClick?: (batchTimeMs: number) => void;
  /** The point under the pointer (undefined when it leaves). */
  onHover?: (point: P | undefined) => void;
  /** Drawn to the right of the timeline, inside the figure (the histogram); keep it referentially stable. */
  aside?: React.ReactNode;
}

function MetricChartImpl<P extends SeriesPoint>(props: MetricChartProps<P>) {
  const { id, title, dataKey, color, format, reference, secondary, yMax, yTicks, average } = props;
  const { onPointClick, onHover, aside } = props;
  const data = useStaggered(props.data, props.staggerMs ?? 0);
  const yTick = useMemo(() => plainTick(format, "end", 4), [format]);
  const tooltipValue = useMemo(() => (v: unknown) => format(Number(v)), [format]);
  const referenceValue = reference?.value ?? 0;
  const yDomain = useMemo(
    () =>
      yMax !== undefined
        ? ([0, yMax] as [number, number])
        : ([0, (max: number) => Math.max(max, referenceValue) * 1.1 || 1] as [
            number,
            (max: number) => number,
          ]),
    [referenceValue, yMax],
  );
  const failedTimes = useMemo(() => data.filter((p) => p.failed).map((p) => p.batchTimeMs), [data]);
  const manyPoints = data.length >= 40;
  const dot = useMemo(() => dotRenderer(color, !manyPoints), [color, manyPoints]);
  const pointAt = useCallback(
    (state: { activeTooltipIndex?: unknown }): P | undefined => {
      const i = Number(state?.activeTooltipIndex);
      return Number.isInteger(i) ? data[i] : undefined;
    },
    [data],
  );
  const onClick = useMemo(
    () =>
      onPointClick &&
      ((state: { activeTooltipIndex?: unknown }) => {
        const p = pointAt(state);
        if (p) onPointClick(p.batchTimeMs);
      }),
    [onPointClick, pointAt],
  );
  const onMouseMove = useMemo(
    () => onHover && ((state: { activeTooltipIndex?: unknown }) => onHover(pointAt(state))),
    [onHover, pointAt],
  );
  const onMouseLeave = useMemo(() => onHover && (() => onHover(undefined)), [onHover]);
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
  const latest = data.at(-1)?.[dataKey] as number | undefined;
  return (
    <figure
      className={onPointClick ? "metric-chart is-clickable" : "metric-chart"}
      data-testid={`chart-${id}`}
      data-points={points}
      data-failed={failedTimes.join(",")}
    >
      <figcaption>
        <span title={title}>{title}</span>
        <strong>{latest === undefined ? "-" : format(latest)}</strong>
      </figcaption>
      <div className="metric-chart-body">
        <div className="metric-chart-timeline">
          <ResponsiveContainer width="100%" height={CHART_HEIGHT} onResize={onResize}>
            <LineChart
              data={data}
              margin={MARGIN}
              onClick={onClick}
              onMouseMove={onMouseMove}
              onMouseLeave={onMouseLeave}
            >
              <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
              <XAxis
                dataKey="batchTimeMs"
                tick={X_TICK}
                // A computed interval: recharts' automatic one measures every label in the DOM on each redraw.
                interval={timeAxisInterval(data.length, plotWidth)}
              />
              <YAxis
                width={Y_AXIS_WIDTH}
                allowDecimals={false}
                interval={0}
                tick={yTick}
                domain={yDomain}
                ticks={yTicks}
              />
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
              {failedTimes.map((t) => (
                <ReferenceLine key={t} x={t} stroke={FAILED} strokeDasharray="3 3" ifOverflow="discard" />
              ))}
              {average !== undefined && (
                <ReferenceLine
                  y={average}
                  stroke="var(--text-2)"
                  strokeDasharray="4 3"
                  ifOverflow="discard"
                />
              )}
              <Line
                type="linear"
                dataKey={dataKey}
                name={title}
                stroke={color}
                strokeWidth={2}
                dot={dot}
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
        </div>
        {aside}
      </div>
    </figure>
  );
}

export const MetricChart = memo(MetricChartImpl) as typeof MetricChartImpl;
