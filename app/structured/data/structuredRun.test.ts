import { describe, expect, it } from "vitest";
import { guideTriggers } from "./guideFixture.testkit";
import { foldTriggerReports, initialStructuredRun, STRUCTURED_LIMITS } from "./structuredRun";

describe("foldTriggerReports", () => {
  it("charts each trigger with Spark's figures: watermark gap, state rows, rows dropped by watermark", () => {
    const run = foldTriggerReports(initialStructuredRun(), guideTriggers());
    expect(run.triggers.map((t) => t.batchId)).toEqual([0, 1, 2]);
    // No watermark before the first trigger's end: no gap drawn.
    expect(run.triggers[0].watermarkGapMs).toBeUndefined();
    // 12:20 minus a watermark of 12:11: nine minutes.
    expect(run.triggers[2].watermarkGapMs).toBe(9 * 60_000);
    expect(run.triggers[2].rowsDroppedByWatermark).toBe(1);
    expect(run.triggers[1].batchDurationMs).toBe(50);
    expect(run.outputMode).toBe("update");
  });

  it("keeps the sampled rows as dots and counts the dropped ones", () => {
    const run = foldTriggerReports(initialStructuredRun(), guideTriggers());
    expect(run.dots).toHaveLength(6);
    expect(run.dots.filter((d) => d.status === "dropped").map((d) => d.label)).toEqual(["donkey"]);
    expect(new Set(run.dots.map((d) => d.id)).size).toBe(6);
    expect(run.droppedRows).toBe(1);
  });

  it("remembers when a window opened and when it closed", () => {
    const [t0, t1, t2] = guideTriggers();
    const run = foldTriggerReports(initialStructuredRun(), [t0, t1, t2]);
    const first = run.windows.find((w) => w.startMs === Date.parse("2026-01-01T12:00:00Z"));
    // Opened when its first rows began arriving (12:07), closed by the trigger that evicted it.
    expect(first?.openedAtMs).toBe(Date.parse("2026-01-01T12:07:00Z"));
    expect(first?.closedAtMs).toBe(Date.parse("2026-01-01T12:20:00Z"));
    const open = run.windows.find((w) => w.startMs === Date.parse("2026-01-01T12:15:00Z"));
    expect(open?.closedAtMs).toBeUndefined();
  });

  it("stays bounded however many triggers arrive", () => {
    let run = initialStructuredRun();
    const one = guideTriggers()[2];
    for (let i = 0; i < 400; i++)
      run = foldTriggerReports(run, [{ ...one, progress: { ...one.progress, batchId: i } }]);
    expect(run.triggers).toHaveLength(STRUCTURED_LIMITS.triggers);
    expect(run.dots.length).toBeLessThanOrEqual(STRUCTURED_LIMITS.dots);
    expect(run.tables).toHaveLength(STRUCTURED_LIMITS.tables);
    expect(run.latencies.length).toBeLessThanOrEqual(STRUCTURED_LIMITS.latencies);
    expect(run.droppedRows).toBe(400);
    expect(run.triggers.at(-1)?.batchId).toBe(399);
  });
});
