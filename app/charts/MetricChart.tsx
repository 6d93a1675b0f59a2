// One per-batch metric as Spark's Streaming UI draws it: a line over batch time, animations off.
import { memo, useMemo } from "react";
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
import type { BatchPoint } from "./chartData";
import { formatAxisTime, formatBatchTime } from "./format";
import { plainTick } from "./plainTick";

const X_TICK = plainTick(formatAxisTime, "middle", 12);

export interface MetricChartProps {
  id: string;
  title: string;
  data: BatchPoint[];
  dataKey: keyof BatchPoint;
  color: string;
  format: (value: number) => string;
  /** A dashed horizontal line, e.g. the batch interval on processing time. */
  reference?: { value: number; label: string };
  /** A second, thinner line (the measured compute time beside the simulated processing time). */
  secondary?: { dataKey: keyof BatchPoint; label: string; color: string };
}

export const MetricChart = memo(function MetricChart(props: MetricChartProps) {
  const { id, title, data, dataKey, color, format, reference, secondary } = props;
  const yTick = useMemo(() => plainTick(format, "end", 4), [format]);
  const points = data.filter((p) => p[dataKey] !== undefined).length;
  const latest = data.at(-1)?.[dataKey];
  return (
    <figure className="metric-chart" data-testid={`chart-${id}`} data-points={points}>
      <figcaption>
        <span>{title}</span>
        <strong>{latest === undefined ? "-" : format(latest)}</strong>
      </figcaption>
      <ResponsiveContainer width="100%" height={120}>
        <LineChart data={data} margin={{ top: 6, right: 10, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
          <XAxis
            dataKey="batchTimeMs"
            tick={X_TICK}
            // A fixed interval: recharts' automatic one measures every label in the DOM on each redraw.
            interval={Math.max(0, Math.ceil(data.length / 4) - 1)}
          />
          <YAxis
            width={56}
            allowDecimals={false}
            interval={0}
            tick={yTick}
            domain={[0, (max: number) => Math.max(max, reference?.value ?? 0) * 1.1 || 1]}
          />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(t) => `Batch ${formatBatchTime(Number(t))}`}
            formatter={(v) => format(Number(v))}
            contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)", fontSize: 12 }}
          />
          {reference && (
            <ReferenceLine
              y={reference.value}
              stroke="var(--warning)"
              strokeDasharray="6 4"
              label={{
                value: reference.label,
                position: "insideTopRight",
                fontSize: 11,
                fill: "var(--warning)",
              }}
            />
          )}
          <Line
            type="linear"
            dataKey={dataKey}
            name={title}
            stroke={color}
            strokeWidth={2}
            dot={data.length < 40 ? { r: 2 } : false}
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
