// What a Structured Streaming run shows, as numbers a lesson's `structured` condition compares: triggers
// run, rows read, late rows kept, rows dropped behind the watermark, per-record latency. Read from the
// same run data the event-time plot and the charts draw.
import { latencySummary } from "../structured/charts/progressPoints";
import type { StructuredRunData } from "../structured/data/structuredRun";
import type { StructuredMetric } from "./schema";

/** The metric's value, or undefined while the run has nothing to measure it by (no latency yet). */
export function structuredMetric(run: StructuredRunData, metric: StructuredMetric): number | undefined {
  switch (metric) {
    case "triggers":
      return run.triggers.length;
    case "inputRows":
      return run.triggers.reduce((n, t) => n + t.numInputRows, 0);
    case "lateRows":
      return run.dots.filter((d) => d.status === "late").length;
    case "droppedRows":
      return run.droppedRows;
    case "medianLatencyMs":
      return latencySummary(run.latencies)?.medianMs;
    case "p95LatencyMs":
      return latencySummary(run.latencies)?.p95Ms;
  }
}
