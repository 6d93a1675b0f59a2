// The Streaming UI's statistics: input rate, scheduling delay, processing time (with the batch interval
// as a reference line and the measured compute time), total delay, each with its histogram beside it and
// failed batches marked, and throughput per node. A click on a batch opens its page.
import { useMemo } from "react";
import { useT } from "../i18n/useT";
import { useStudio } from "../store";
import { batchPoints, nodeLabels, nodeThroughput } from "./chartData";
import { formatCount, formatDuration } from "./format";
import { ThroughputChart } from "./ThroughputChart";
import { TimelineWithHistogram } from "./TimelineWithHistogram";
import { useThrottled } from "./useThrottled";
import "../i18n/later/live";

/** Charts redraw at most once a second, whatever the batch rate: a teacher reads them, not a meter. */
const REDRAW_MS = 1000;
/** Each chart redraws this long after the previous one: one chart per task, never all five at once. */
const STAGGER_MS = 60;

export function StreamingCharts() {
  // t changes with the language: the memoised labels below follow it.
  const t = useT();
  const batches = useThrottled(
    useStudio((s) => s.batches),
    REDRAW_MS,
  );
  const nodeHistory = useThrottled(
    useStudio((s) => s.nodeHistory),
    REDRAW_MS,
  );
  const batchIntervalMs = useStudio((s) => s.doc.batchIntervalMs);
  const nodes = useStudio((s) => s.doc.nodes);
  const openBatch = useStudio((s) => s.openBatch);

  const points = useMemo(() => batchPoints(batches, batchIntervalMs), [batches, batchIntervalMs]);
  const throughput = useMemo(() => {
    const labels = nodeLabels(nodes);
    return nodeThroughput(nodeHistory, batchIntervalMs, (id) => labels.get(id) ?? id);
  }, [nodeHistory, batchIntervalMs, nodes]);

  const intervalLine = useMemo(
    () => ({
      value: batchIntervalMs,
      label: t("live.charts.batchInterval", { duration: formatDuration(batchIntervalMs) }),
      shortLabel: formatDuration(batchIntervalMs),
    }),
    [batchIntervalMs, t],
  );
  const computeLine = useMemo(
    () =>
      ({ dataKey: "computeMs", label: t("live.charts.measuredCompute"), color: "var(--text-3)" }) as const,
    [t],
  );
  const rate = useMemo(() => (v: number) => t("live.charts.perSecond", { n: formatCount(v) }), [t]);

  return (
    <div className="streaming-charts">
      <TimelineWithHistogram
        id="inputRate"
        title={t("live.charts.inputRate")}
        data={points}
        dataKey="inputRate"
        color="var(--cat-source)"
        format={rate}
        onPointClick={openBatch}
      />
      <TimelineWithHistogram
        id="schedulingDelay"
        staggerMs={1 * STAGGER_MS}
        title={t("live.charts.schedulingDelay")}
        data={points}
        dataKey="schedulingDelay"
        color="var(--cat-state)"
        format={formatDuration}
        onPointClick={openBatch}
      />
      <TimelineWithHistogram
        id="processingTime"
        staggerMs={2 * STAGGER_MS}
        title={t("live.charts.processingTime")}
        data={points}
        dataKey="processingTime"
        color="var(--cat-transformation)"
        format={formatDuration}
        reference={intervalLine}
        secondary={computeLine}
        onPointClick={openBatch}
      />
      <TimelineWithHistogram
        id="totalDelay"
        staggerMs={3 * STAGGER_MS}
        title={t("live.charts.totalDelay")}
        data={points}
        dataKey="totalDelay"
        color="var(--cat-window)"
        format={formatDuration}
        onPointClick={openBatch}
      />
      <ThroughputChart rows={throughput} staggerMs={4 * STAGGER_MS} />
    </div>
  );
}
