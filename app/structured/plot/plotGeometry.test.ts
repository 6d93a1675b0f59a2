import { describe, expect, it } from "vitest";
import { guideTriggers } from "../data/guideFixture.testkit";
import { foldTriggerReports, initialStructuredRun } from "../data/structuredRun";
import { dotsPath, plotDomain, scaleFor, timeTicks, watermarkPath, windowBoxes } from "./plotGeometry";

const size = { width: 500, height: 300, left: 50, bottom: 30, top: 10, right: 10 };
const run = foldTriggerReports(initialStructuredRun(), guideTriggers());
const min = (hhmm: string) => Date.parse(`2026-01-01T${hhmm}:00Z`);

describe("plot geometry", () => {
  it("puts processing time across and event time up", () => {
    const domain = plotDomain(run.dots, run.windows, run.triggers);
    expect(domain).toBeDefined();
    const s = scaleFor(domain!, size);
    expect(s.x(min("12:20"))).toBeGreaterThan(s.x(min("12:10")));
    // Later event time is higher on the screen (smaller y).
    expect(s.y(min("12:21"))).toBeLessThan(s.y(min("12:04")));
    expect(s.x(domain!.x0)).toBe(50);
    expect(s.x(domain!.x1)).toBeCloseTo(490);
  });

  it("draws kept dots in one path and leaves the dropped ones to be marked apart", () => {
    const s = scaleFor(plotDomain(run.dots, run.windows, run.triggers)!, size);
    expect(dotsPath(run.dots, s).match(/M/g)).toHaveLength(4);
    expect(dotsPath(run.dots, s, "late").match(/M/g)).toHaveLength(1);
    expect(dotsPath(run.dots, s, "dropped").match(/M/g)).toHaveLength(1);
  });

  it("steps the watermark: flat over the rows a trigger read, at the watermark they were judged by", () => {
    const s = scaleFor(plotDomain(run.dots, run.windows, run.triggers)!, size);
    const path = watermarkPath(run.triggers, s);
    const ys = [...path.matchAll(/[ML][\d.]+ ([\d.]+)/g)].map((m) => Number(m[1]));
    // Two triggers with a watermark (12:04 then 12:11): two flat segments, the second higher.
    expect(ys).toHaveLength(4);
    expect(ys[0]).toBe(ys[1]);
    expect(ys[2]).toBeLessThan(ys[1]);
  });

  it("boxes each window over its event-time range, filled by its rows, closed ones marked", () => {
    const s = scaleFor(plotDomain(run.dots, run.windows, run.triggers)!, size);
    const boxes = windowBoxes(run.windows, s);
    const first = boxes.find((b) => b.startMs === min("12:00"))!;
    expect(first.closed).toBe(true);
    expect(first.height).toBeCloseTo(s.y(min("12:00")) - s.y(min("12:10")));
    expect(Math.max(...boxes.map((b) => b.fill))).toBe(1);
  });

  it("shows only the newest span of processing time when asked", () => {
    const domain = plotDomain(run.dots, run.windows, run.triggers, 5 * 60_000)!;
    expect(domain.x1 - domain.x0).toBe(5 * 60_000);
  });

  it("ticks at round times", () => {
    expect(timeTicks(0, 10_000, 5)).toEqual([0, 2000, 4000, 6000, 8000, 10_000]);
    expect(timeTicks(5, 5)).toEqual([]);
  });
});
