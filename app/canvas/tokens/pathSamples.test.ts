import { describe, expect, it } from "vitest";
import { pointAlong, samplePath } from "./pathSamples";

// A straight path from (0,0) to (100,50): point at length l is (l * 100/len, l * 50/len).
const len = Math.hypot(100, 50);
const straight = (l: number) => ({ x: (l * 100) / len, y: (l * 50) / len });

describe("samplePath and pointAlong", () => {
  it("samples only the requested stretch of the path", () => {
    const s = samplePath(straight, len, 0.1, 0.8, 4);
    expect(s).toHaveLength(10);
    expect(s[0]).toBeCloseTo(10);
    expect(s[1]).toBeCloseTo(5);
    expect(s[8]).toBeCloseTo(90);
    expect(s[9]).toBeCloseTo(45);
  });

  it("interpolates between samples and clamps progress to the ends", () => {
    const s = samplePath(straight, len, 0, 1, 3);
    expect(pointAlong(s, 0.5).x).toBeCloseTo(50);
    expect(pointAlong(s, 0.5).y).toBeCloseTo(25);
    expect(pointAlong(s, 1)).toEqual({ x: s[6], y: s[7] });
    expect(pointAlong(s, 2)).toEqual({ x: s[6], y: s[7] });
    expect(pointAlong(s, -1)).toEqual({ x: 0, y: 0 });
  });

  it("stands on the only point of a one-point path", () => {
    expect(pointAlong([7, 8], 0.4)).toEqual({ x: 7, y: 8 });
  });
});
