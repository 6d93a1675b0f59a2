// Spark's Structured Streaming UI charts for one query, per trigger: input rate, process rate, input
// rows, batch duration, operation duration, global watermark gap, aggregated state rows and rows dropped
// by watermark. Drawn with the studio's MetricChart (app/charts), redrawn at most once a second.
import { useMemo } from "react";
import { formatCount, formatDuration } from "../../charts/format";
import { MetricChart } from "../../charts/MetricChart";
import { useThrottled } from "../../charts/useThrottled";
import { useT } from "../../i18n/useT";
import type { TriggerPoint } from "../data/structuredRun";
import { chartStrings as S } from "./chartStrings";
import { metricPoints, type TriggerMetric } from "./progressPoints";
import "./structuredCharts.css";

const REDRAW_MS = 1000;
const STAGGER_MS = 60;
const perSecond = (v: number) => `${formatCount(v)}/s`;
interface Secondary {
  dataKey: "computeMs";
  label: string;
  color: string;
}

interface ChartDef {
  metric: TriggerMetric;
  title: string;
  color: string;
  format: (v: number) => string;
  secondary?: Secondary;
}

/** The charts in the language of the moment (titles come from the catalog). */
const charts = (): ChartDef[] => [
  { metric: "inputRate", title: S.inputRate, color: "var(--cat-source)", format: perSecond },
  { metric: "processRate", title: S.processRate, color: "var(--cat-transformation)", format: perSecond },
  { metric: "inputRows", title: S.inputRows, color: "var(--cat-source)", format: formatCount },
  { metric: "batchDuration", title: S.batchDuration, color: "var(--cat-window)", format: formatDuration },
  {
    metric: "operationDuration",
    title: S.operationDuration,
    color: "var(--cat-window)",
    format: formatDuration,
    secondary: { dataKey: "computeMs", label: S.otherPhases, color: "var(--text-3)" },
  },
  { metric: "watermarkGap", title: S.watermarkGap, color: "var(--warning)", format: formatDuration },
  {
    metric: "stateRows",
    title: S.stateRows,
    color: "var(--cat-state)",
    format: formatCount,
    secondary: { dataKey: "computeMs", label: S.stateRowsUpdated, color: "var(--text-3)" },
  },
  { metric: "droppedRows", title: S.droppedRows, color: "var(--danger)", format: formatCount },
];

export function StructuredCharts({ triggers }: { triggers: readonly TriggerPoint[] }) {
  // t changes with the language: the chart definitions follow it.
  const t = useT();
  // biome-ignore lint/correctness/useExhaustiveDependencies: t stands for the language the titles are read in
  const CHARTS = useMemo(() => charts(), [t]);
  const shown = useThrottled(triggers, REDRAW_MS);
  const series = useMemo(() => CHARTS.map((c) => metricPoints(shown, c.metric)), [shown, CHARTS]);
  if (triggers.length === 0) return <p className="muted">{S.empty}</p>;
  return (
    <div className="structured-charts">
      {CHARTS.map((c, i) => (
        <MetricChart
          key={c.metric}
          id={`structured-${c.metric}`}
          staggerMs={i * STAGGER_MS}
          title={c.title}
          data={series[i]}
          dataKey="inputRate"
          color={c.color}
          format={c.format}
          secondary={c.secondary}
        />
      ))}
    </div>
  );
}
