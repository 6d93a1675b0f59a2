// The histogram Spark's Streaming UI draws beside each timeline: bins along the same value axis as the
// timeline (same height and top), bars growing to the right with the number of batches, the average as a
// dashed line, and the bin of the batch under the pointer marked. Plain SVG: no recharts store to feed.
import { memo, useMemo } from "react";
import { countText } from "../i18n/counts";
import { useT } from "../i18n/useT";
import { binIndex, histogram } from "./histogram";
import "../i18n/later/live";

/** The timeline's geometry, so that bins sit level with the points they count. */
export const PLOT_TOP = 6;
export const PLOT_BOTTOM_GAP = 30;
const BINS = 10;

export interface HistogramProps {
  id: string;
  /** The values the timeline shows (one per batch). */
  values: readonly number[];
  /** The top of the timeline's value axis (its bottom is 0). */
  max: number;
  height: number;
  color: string;
  format: (value: number) => string;
  average?: number;
  /** The value of the batch under the pointer on the timeline: its bin is marked. */
  highlight?: number;
}

export const Histogram = memo(function Histogram(props: HistogramProps) {
  const { id, values, max, height, color, format, average, highlight } = props;
  const t = useT();
  const batches = countText(values.length, "batch");
  const bins = useMemo(() => histogram(values, max, BINS), [values, max]);
  const plotHeight = height - PLOT_TOP - PLOT_BOTTOM_GAP;
  const y = (v: number) => PLOT_TOP + plotHeight * (1 - Math.min(v, max) / max);
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  const marked = highlight === undefined ? -1 : binIndex(highlight, max, BINS);
  const binHeight = plotHeight / BINS;
  return (
    <svg
      className="metric-histogram"
      data-testid={`histogram-${id}`}
      data-bins={bins.map((b) => b.count).join(",")}
      data-highlight-bin={marked}
      viewBox={`0 0 100 ${height}`}
      preserveAspectRatio="none"
      height={height}
      role="img"
      aria-label={
        average === undefined
          ? t("live.charts.histogram", { batches })
          : t("live.charts.histogramAverage", { batches, average: format(average) })
      }
    >
      <line x1={0} x2={0} y1={PLOT_TOP} y2={PLOT_TOP + plotHeight} stroke="var(--border-strong, #999)" />
      {bins.map((b, i) =>
        b.count === 0 ? null : (
          <rect
            key={b.from}
            data-bin={i}
            x={0}
            y={y(b.to) + 0.5}
            width={(96 * b.count) / maxCount}
            height={Math.max(1, binHeight - 1)}
            fill={color}
            opacity={i === marked ? 1 : marked >= 0 ? 0.35 : 0.7}
            stroke={i === marked ? "var(--text)" : "none"}
            vectorEffect="non-scaling-stroke"
          >
            <title>
              {t("live.charts.histogramBin", {
                from: format(b.from),
                to: format(b.to),
                batches: countText(b.count, "batch"),
              })}
            </title>
          </rect>
        ),
      )}
      {average !== undefined && (
        <line
          data-testid={`histogram-${id}-average`}
          x1={0}
          x2={100}
          y1={y(average)}
          y2={y(average)}
          stroke="var(--text-2)"
          strokeDasharray="4 3"
          vectorEffect="non-scaling-stroke"
        />
      )}
    </svg>
  );
});
