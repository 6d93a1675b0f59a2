import { describe, expect, it } from "vitest";
import { analyzeProfile, type CpuProfile } from "./profile";

const frame = (functionName: string, url = "") => ({ functionName, url, lineNumber: 0, columnNumber: 0 });

/** root -> idle | draw (app.js) -> layout; samples 10 ms apart. */
function profile(samples: number[]): CpuProfile {
  return {
    nodes: [
      { id: 1, callFrame: frame("(root)"), children: [2, 3] },
      { id: 2, callFrame: frame("(idle)") },
      { id: 3, callFrame: frame("draw", "http://x/app.js"), children: [4] },
      { id: 4, callFrame: frame("layout", "http://x/app.js") },
    ],
    samples,
    timeDeltas: samples.map(() => 10_000),
  };
}

describe("analyzeProfile", () => {
  it("finds busy stretches of at least 50 ms and who ran in them", () => {
    // 6 busy samples (60 ms: 4 in layout, 2 in draw), idle, then 2 busy (20 ms, not long).
    const p = profile([3, 4, 4, 4, 4, 3, 2, 3, 3, 2]);
    const f = analyzeProfile(p);
    expect(f.longStretchesMs).toEqual([60]);
    expect(f.totalsMs).toEqual({ script: 80, gc: 0, program: 0, idle: 10 });
    expect(f.topInLong).toEqual([
      { name: "layout app.js:1", ms: 40 },
      { name: "draw app.js:1", ms: 20 },
    ]);
    // Over the whole profile draw ran 40 ms too (its 20 ms outside the long stretch count there).
    expect(f.topOverall).toContainEqual({ name: "draw app.js:1", ms: 40 });
    expect(f.topOverall).toContainEqual({ name: "layout app.js:1", ms: 40 });
  });

  it("reports nothing long for an idle page", () => {
    const f = analyzeProfile(profile([2, 2, 2]));
    expect(f.longStretchesMs).toEqual([]);
    expect(f.topOverall).toEqual([]);
  });
});
