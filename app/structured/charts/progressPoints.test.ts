import { describe, expect, it } from "vitest";
import { guideTriggers } from "../data/guideFixture.testkit";
import { foldTriggerReports, initialStructuredRun } from "../data/structuredRun";
import { latencySummary, metricPoints } from "./progressPoints";

const run = foldTriggerReports(initialStructuredRun(), guideTriggers());

describe("Structured Streaming chart points", () => {
  it("puts each metric in the slot MetricChart draws, per trigger", () => {
    expect(metricPoints(run.triggers, "inputRows").map((p) => p.inputRate)).toEqual([2, 2, 2]);
    expect(metricPoints(run.triggers, "droppedRows").map((p) => p.inputRate)).toEqual([0, 0, 1]);
    // addBatch, with the other phases (getBatch, latestOffset, queryPlanning, walCommit) as the second line.
    const ops = metricPoints(run.triggers, "operationDuration")[0];
    expect([ops.inputRate, ops.computeMs]).toEqual([30, 16]);
    // No watermark at the first trigger: no point there.
    expect(metricPoints(run.triggers, "watermarkGap").map((p) => p.inputRate)).toEqual([
      undefined,
      11 * 60_000,
      9 * 60_000,
    ]);
  });

  it("summarises per-record latency", () => {
    expect(latencySummary(run.latencies)).toEqual({ count: 2, medianMs: 5, p95Ms: 5, maxMs: 5 });
    expect(latencySummary([])).toBeUndefined();
  });
});

describe("chart time", () => {
  it("charts a trigger at its time of day, so the axis reads as Spark UI's clock", () => {
    expect(metricPoints(run.triggers, "inputRows")[0].batchTimeMs).toBe(12 * 3_600_000 + 10 * 60_000);
  });
});
