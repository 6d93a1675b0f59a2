// One per-batch metric as Spark's Streaming UI draws it: a line over batch time, with failed batches
// marked in red, the average as a dashed line, a tooltip under the pointer and a click on a batch
// reported. Generic: any series of points with a time key (`batchTimeMs`) and a numeric key, in any unit
// (`format`). Plain SVG drawn by React: a redraw is one path and a few lines, where a charting library
// re-ran its scales and selectors for every chart on every batch (most of the page's script time).
import { memo, useCallback, useMemo, useState } from "react";
import { useT } from "../i18n/useT";
import { useElementSize } from "../widgets/useElementSize";
import { formatAxisTime, formatBatchTime } from "./format";
import { PLOT_BOTTOM_GAP, PLOT_TOP } from "./Histogram";
import {
  linePath,
  nearestIndex,
  type PlotBox,
  timeLabelIndices,
  valueAxis,
  xOf,
  yOf,
} from "./timelineGeometry";
import { useStaggered } from "./useStaggered";
import "../i18n/later/live";

export const CHART_HEIGHT = 120;
const Y_AXIS_WIDTH = 56;
/** Room for half of the last time label, which is centred on the newest point. */
const RIGHT_MARGIN = 18;
/** Below this plot width the reference line's long label would run over the axis. */
const NARROW_PLOT_PX = 140;
/** With this many points or more, only failed batches get a dot. */
const MANY_POINTS = 40;
const FAILED = "var(--danger)";

/** A point of a series: its batch time, whether that batch failed, and numeric metrics. */
export interface SeriesPoint {
  batchTimeMs: number;
  failed?: boolean;
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

/** A dashed line across the plot at one value: a grid line, the reference line, the average. */
function ValueLine(props: { box: PlotBox; y: number; stroke: string; dash: string; className?: string }) {
  const { box, y } = props;
  return (
    <line
      className={props.className}
      x1={box.left}
      x2={box.left + box.width}
      y1={y}
      y2={y}
      stroke={props.stroke}
      strokeDasharray={props.dash}
    />
  );
}

function numberAt<P>(p: P, key: keyof P): number | undefined {
  const v = p[key];
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

function MetricChartImpl<P extends SeriesPoint>(props: MetricChartProps<P>) {
  const { id, title, dataKey, color, format, reference, secondary, yMax, yTicks, average } = props;
  const { onPointClick, onHover, aside } = props;
  const t = useT();
  const data = useStaggered(props.data, props.staggerMs ?? 0);
  const [ref, { width }] = useElementSize<HTMLDivElement>();
  const [hovered, setHovered] = useState<number | undefined>(undefined);

  const box: PlotBox = useMemo(
    () => ({
      left: Y_AXIS_WIDTH,
      top: PLOT_TOP,
      width: Math.max(1, width - Y_AXIS_WIDTH - RIGHT_MARGIN),
      height: CHART_HEIGHT - PLOT_TOP - PLOT_BOTTOM_GAP,
    }),
    [width],
  );
  const values = useMemo(() => data.map((p) => numberAt(p, dataKey)), [data, dataKey]);
  const defined = useMemo(() => values.filter((v): v is number => v !== undefined), [values]);
  const axis = useMemo(
    () => valueAxis(defined, reference?.value, yMax, yTicks),
    [defined, reference?.value, yMax, yTicks],
  );
  const drawing = useMemo(() => {
    if (width === 0) return undefined;
    const secondaryValues = secondary && data.map((p) => numberAt(p, secondary.dataKey));
    return {
      line: linePath(values, axis.max, box, true),
      secondary: secondaryValues && linePath(secondaryValues, axis.max, box, false),
      labels: timeLabelIndices(data.length, box.width),
    };
  }, [width, values, axis.max, box, secondary, data]);

  const pointAt = useCallback(
    (e: React.MouseEvent<SVGSVGElement>): number | undefined => {
      if (data.length === 0) return undefined;
      const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
      return nearestIndex(x, data.length, box);
    },
    [data.length, box],
  );
  const onMouseMove = (e: React.MouseEvent<SVGSVGElement>) => {
    const i = pointAt(e);
    if (i === hovered) return;
    setHovered(i);
    onHover?.(i === undefined ? undefined : data[i]);
  };
  const onMouseLeave = () => {
    setHovered(undefined);
    onHover?.(undefined);
  };
  const onClick = (e: React.MouseEvent<SVGSVGElement>) => {
    const i = pointAt(e);
    if (i !== undefined && onPointClick) onPointClick(data[i].batchTimeMs);
  };

  const failed = data.flatMap((p, i) => (p.failed ? [i] : []));
  const narrow = box.width < NARROW_PLOT_PX;
  // The newest batch that has the metric (the newest may still be processing: no delay known yet).
  const latest = defined.at(-1);
  const bottom = box.top + box.height;
  const right = box.left + box.width;
  const hoverPoint = hovered === undefined ? undefined : data[hovered];
  const hoverValue = hoverPoint && numberAt(hoverPoint, dataKey);
  const hoverSecondary = hoverPoint && secondary && numberAt(hoverPoint, secondary.dataKey);
  const hoverX = hovered === undefined ? 0 : xOf(hovered, data.length, box);

  return (
    <figure
      className={onPointClick ? "metric-chart is-clickable" : "metric-chart"}
      data-testid={`chart-${id}`}
      data-points={defined.length}
      data-failed={failed.map((i) => data[i].batchTimeMs).join(",")}
    >
      <figcaption>
        <span title={title}>{title}</span>
        <strong>{latest === undefined ? "-" : format(latest)}</strong>
      </figcaption>
      <div className="metric-chart-body">
        <div className="metric-chart-timeline" ref={ref}>
          {drawing && (
            // The batch table is the keyboard path to a batch; the chart adds the pointer.
            <svg
              className="metric-surface"
              width={width}
              height={CHART_HEIGHT}
              role="img"
              aria-label={title}
              onMouseMove={onMouseMove}
              onMouseLeave={onMouseLeave}
              onClick={onClick}
            >
              {axis.ticks.map((v) => (
                <g key={v}>
                  <ValueLine box={box} y={yOf(v, axis.max, box)} stroke="var(--border)" dash="2 4" />
                  <text
                    x={box.left - 6}
                    y={yOf(v, axis.max, box)}
                    dy={4}
                    textAnchor="end"
                    fontSize={11}
                    fill="var(--text-3)"
                  >
                    {format(v)}
                  </text>
                </g>
              ))}
              <line x1={box.left} x2={right} y1={bottom} y2={bottom} stroke="var(--text-3)" />
              {drawing.labels.map((i) => (
                <text
                  key={data[i].batchTimeMs}
                  x={xOf(i, data.length, box)}
                  y={bottom}
                  dy={16}
                  textAnchor="middle"
                  fontSize={11}
                  fill="var(--text-3)"
                >
                  {formatAxisTime(data[i].batchTimeMs)}
                </text>
              ))}
              {reference && (
                <g className="metric-ref-line">
                  <ValueLine
                    box={box}
                    y={yOf(reference.value, axis.max, box)}
                    stroke="var(--warning)"
                    dash="6 4"
                  />
                  <text
                    x={right - 4}
                    y={yOf(reference.value, axis.max, box)}
                    dy={12}
                    textAnchor="end"
                    fontSize={11}
                    fill="var(--warning)"
                  >
                    {narrow ? (reference.shortLabel ?? reference.label) : reference.label}
                  </text>
                </g>
              )}
              {failed.map((i) => (
                <line
                  key={data[i].batchTimeMs}
                  className="metric-failed-line"
                  x1={xOf(i, data.length, box)}
                  x2={xOf(i, data.length, box)}
                  y1={box.top}
                  y2={bottom}
                  stroke={FAILED}
                  strokeDasharray="3 3"
                />
              ))}
              {average !== undefined && average <= axis.max && (
                <ValueLine
                  className="metric-ref-line"
                  box={box}
                  y={yOf(average, axis.max, box)}
                  stroke="var(--text-2)"
                  dash="4 3"
                />
              )}
              {hovered !== undefined && (
                <line x1={hoverX} x2={hoverX} y1={box.top} y2={bottom} stroke="var(--text-3)" />
              )}
              <path d={drawing.line} fill="none" stroke={color} strokeWidth={2} />
              {drawing.secondary && secondary && (
                <path
                  d={drawing.secondary}
                  fill="none"
                  stroke={secondary.color}
                  strokeWidth={1}
                  strokeDasharray="3 3"
                />
              )}
              {values.map((v, i) => {
                if (v === undefined) return null;
                const isFailed = data[i].failed;
                if (!isFailed && data.length >= MANY_POINTS && i !== hovered) return null;
                return (
                  <circle
                    key={data[i].batchTimeMs}
                    className={isFailed ? "failed-dot" : undefined}
                    cx={xOf(i, data.length, box)}
                    cy={yOf(v, axis.max, box)}
                    r={isFailed ? 4 : i === hovered ? 3.5 : 2}
                    fill={isFailed ? FAILED : color}
                  />
                );
              })}
            </svg>
          )}
          {hoverPoint && (
            <div
              className={`metric-tooltip${hoverX > box.left + box.width / 2 ? " is-left" : ""}`}
              style={{ left: hoverX }}
              role="tooltip"
            >
              <div>{t("live.charts.batchAt", { time: formatBatchTime(hoverPoint.batchTimeMs) })}</div>
              <div style={{ color }}>
                {title}: {hoverValue === undefined ? "-" : format(hoverValue)}
              </div>
              {secondary && hoverSecondary !== undefined && (
                <div>
                  {secondary.label}: {format(hoverSecondary)}
                </div>
              )}
            </div>
          )}
        </div>
        {aside}
      </div>
    </figure>
  );
}

export const MetricChart = memo(MetricChartImpl) as typeof MetricChartImpl;
