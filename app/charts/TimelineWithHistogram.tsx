// A metric as Spark's Streaming UI lays it out: the timeline, and beside it the histogram of the same
// values on the same axis, the average dashed on both, the batch under the pointer marked on both.
// Generic: a series of points, the key to chart, a unit (`format`) and a label (`title`).
import { memo, useMemo, useState } from "react";
import { useT } from "../i18n/useT";
import { Histogram } from "./Histogram";
import { average as averageOf, definedValues, niceScale } from "./histogram";
import { createSignal, type Signal, useSignal } from "./hoverSignal";
import { CHART_HEIGHT, MetricChart, type MetricChartProps, type SeriesPoint } from "./MetricChart";
import "../i18n/later/live";

export type TimelineWithHistogramProps<P extends SeriesPoint> = Omit<
  MetricChartProps<P>,
  "yMax" | "yTicks" | "average" | "onHover" | "aside"
>;

function HoverHistogram(props: {
  id: string;
  values: number[];
  max: number;
  color: string;
  format: (v: number) => string;
  average?: number;
  hover: Signal<number | undefined>;
}) {
  const t = useT();
  const highlight = useSignal(props.hover);
  return (
    <div className="metric-histogram-box">
      <Histogram
        id={props.id}
        values={props.values}
        max={props.max}
        height={CHART_HEIGHT}
        color={props.color}
        format={props.format}
        average={props.average}
        highlight={highlight}
      />
      <span className="metric-histogram-label">{t("live.charts.batchesAxis")}</span>
    </div>
  );
}

function TimelineWithHistogramImpl<P extends SeriesPoint>(props: TimelineWithHistogramProps<P>) {
  const { id, data, dataKey, color, format, reference } = props;
  const [hover] = useState(() => createSignal<number | undefined>(undefined));
  const values = useMemo(() => definedValues(data, dataKey), [data, dataKey]);
  const average = useMemo(() => averageOf(values), [values]);
  const referenceValue = reference?.value ?? 0;
  const scale = useMemo(
    () => niceScale(Math.max(referenceValue, ...values) * 1.05),
    [values, referenceValue],
  );
  const yMax = scale.max;
  const onHover = useMemo(
    () => (p: P | undefined) => {
      const v = p?.[dataKey];
      hover.set(typeof v === "number" ? v : undefined);
    },
    [hover, dataKey],
  );
  const aside = useMemo(
    () => (
      <HoverHistogram
        id={id}
        values={values}
        max={yMax}
        color={color}
        format={format}
        average={average}
        hover={hover}
      />
    ),
    [id, values, yMax, color, format, average, hover],
  );
  return (
    <MetricChart
      {...props}
      yMax={yMax}
      yTicks={scale.ticks}
      average={average}
      onHover={onHover}
      aside={aside}
    />
  );
}

export const TimelineWithHistogram = memo(TimelineWithHistogramImpl) as typeof TimelineWithHistogramImpl;
