// One per-batch metric as Spark's Streaming UI draws it: a line over batch time, in plain SVG.
// Drawn by us rather than by a charting library: recharts re-ran its store, scales and nice-tick maths on
// every redraw (50-350 ms tasks with a run going); this draws 120 points in well under a millisecond.
import { memo, useMemo, useRef, useState } from "react";
import { timeAxisInterval } from "./axisTicks";
import type { BatchPoint } from "./chartData";
import { formatAxisTime, formatBatchTime } from "./format";
import { labelledIndices, linePath, nearestIndex, valueAxis, xAt, yAt } from "./lineGeometry";
import { useElementWidth } from "./useElementWidth";

const HEIGHT = 120;
const MARGIN = { top: 6, right: 18, bottom: 18, left: 56 };
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
/** Below this plot width the reference line's long label would run over the axis. */
const NARROW_PLOT_PX = 140;
/** Dots on each point while they are few enough to tell apart. */
const MAX_DOTTED_POINTS = 40;

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
}

export const MetricChart = memo(function MetricChart(props: MetricChartProps) {
  const { id, title, data, dataKey, color, format, reference, secondary } = props;
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const [hovered, setHovered] = useState<number | null>(null);

  const values = useMemo(() => data.map((p) => p[dataKey]), [data, dataKey]);
  const second = useMemo(() => (secondary ? data.map((p) => p[secondary.dataKey]) : []), [data, secondary]);
  const axis = useMemo(
    () =>
      valueAxis(
        values.filter((v): v is number => v !== undefined),
        reference?.value ?? 0,
      ),
    [values, reference],
  );
  const plot = { width: plotWidth, height: PLOT_HEIGHT };
  const points = values.filter((v) => v !== undefined).length;
  const latest = values.at(-1);
  const narrow = plotWidth > 0 && plotWidth < NARROW_PLOT_PX;
  const hoveredPoint = hovered === null ? undefined : data[hovered];

  return (
    <figure className="metric-chart" data-testid={`chart-${id}`} data-points={points}>
      <figcaption>
        <span title={title}>{title}</span>
        <strong>{latest === undefined ? "-" : format(latest)}</strong>
      </figcaption>
      <div className="metric-chart-plot" ref={box}>
        {width > 0 && (
          <svg width={width} height={HEIGHT} role="img" aria-label={`${title} per batch`}>
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              {axis.ticks.map((t) => {
                const y = yAt(t, axis.max, PLOT_HEIGHT);
                return (
                  <g key={t}>
                    <line x2={plotWidth} y1={y} y2={y} className="chart-grid" />
                    <text x={-4} y={y} dy={4} textAnchor="end" className="chart-tick">
                      {format(t)}
                    </text>
                  </g>
                );
              })}
              {labelledIndices(data.length, timeAxisInterval(data.length, plotWidth)).map((i) => (
                <text
                  key={data[i].batchTimeMs}
                  x={xAt(i, data.length, plotWidth)}
                  y={PLOT_HEIGHT + 13}
                  textAnchor="middle"
                  className="chart-tick"
                >
                  {formatAxisTime(data[i].batchTimeMs)}
                </text>
              ))}
              {reference && (
                // The second class keeps the name the e2e tests (and earlier recharts charts) use.
                <g className="chart-reference-line recharts-reference-line">
                  <line
                    x2={plotWidth}
                    y1={yAt(reference.value, axis.max, PLOT_HEIGHT)}
                    y2={yAt(reference.value, axis.max, PLOT_HEIGHT)}
                  />
                  <text
                    x={plotWidth - 2}
                    y={yAt(reference.value, axis.max, PLOT_HEIGHT) + 11}
                    textAnchor="end"
                  >
                    {narrow ? (reference.shortLabel ?? reference.label) : reference.label}
                  </text>
                </g>
              )}
              {secondary && (
                <path
                  d={linePath(second, axis.max, plot)}
                  className="chart-line-secondary"
                  stroke={secondary.color}
                />
              )}
              <path d={linePath(values, axis.max, plot)} className="chart-line" stroke={color} />
              {data.length < MAX_DOTTED_POINTS &&
                values.map((v, i) =>
                  v === undefined ? null : (
                    <circle
                      key={data[i].batchTimeMs}
                      cx={xAt(i, data.length, plotWidth)}
                      cy={yAt(v, axis.max, PLOT_HEIGHT)}
                      r={2}
                      fill={color}
                    />
                  ),
                )}
              {hovered !== null && hovered < data.length && (
                <line
                  className="chart-cursor"
                  x1={xAt(hovered, data.length, plotWidth)}
                  x2={xAt(hovered, data.length, plotWidth)}
                  y2={PLOT_HEIGHT}
                />
              )}
              <rect
                width={plotWidth}
                height={PLOT_HEIGHT}
                fill="transparent"
                onMouseMove={(e) => {
                  const left = e.currentTarget.getBoundingClientRect().left;
                  setHovered(data.length ? nearestIndex(e.clientX - left, data.length, plotWidth) : null);
                }}
                onMouseLeave={() => setHovered(null)}
              />
            </g>
          </svg>
        )}
        {hoveredPoint && (
          <div className="chart-tooltip" role="tooltip">
            <div>Batch {formatBatchTime(hoveredPoint.batchTimeMs)}</div>
            <div>
              {title}: {hoveredPoint[dataKey] === undefined ? "-" : format(Number(hoveredPoint[dataKey]))}
            </div>
            {secondary && hoveredPoint[secondary.dataKey] !== undefined && (
              <div>
                {secondary.label}: {format(Number(hoveredPoint[secondary.dataKey]))}
              </div>
            )}
          </div>
        )}
      </div>
    </figure>
  );
});
