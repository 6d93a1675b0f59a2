import { describe, expect, it } from "vitest";
import { summarize } from "./summarize";

describe("summarize", () => {
  it("computes frames per second, the p95 frame and the longest task", () => {
    const frames = Array.from({ length: 61 }, (_, i) => i * (1000 / 60));
    frames.push(frames[60] + 100); // one janky frame
    const f = summarize({ frames, longTasks: [55, 120, 80], batches: 7 });
    expect(f.fps).toBeCloseTo(61 / 1.1, 1);
    expect(f.p95FrameMs).toBeCloseTo(1000 / 60, 3);
    expect(f.longestTaskMs).toBe(120);
    expect(f.longTasks).toBe(3);
    expect(f.batches).toBe(7);
  });
  it("reports zeros when nothing was measured", () => {
    expect(summarize({ frames: [], longTasks: [], batches: 0 })).toEqual({
      fps: 0,
      p95FrameMs: 0,
      longestTaskMs: 0,
      longTasks: 0,
      batches: 0,
    });
  });
});
