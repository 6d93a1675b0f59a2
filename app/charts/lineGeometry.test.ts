import { describe, expect, it } from "vitest";
import { labelledIndices, linePath, nearestIndex, niceStep, valueAxis, xAt, yAt } from "./lineGeometry";

describe("niceStep", () => {
  it("rounds up to 1, 2 or 5 times a power of ten", () => {
    expect(niceStep(1100, 3)).toBe(500);
    expect(niceStep(30, 3)).toBe(10);
    expect(niceStep(0.9, 3)).toBe(1);
    expect(niceStep(0.9, 3, true)).toBe(0.5);
    expect(niceStep(1_100_000, 3)).toBe(500_000);
  });

  it("gives 1 for an empty or broken range", () => {
    expect(niceStep(0, 3)).toBe(1);
    expect(niceStep(Number.NaN, 3)).toBe(1);
  });
});

describe("valueAxis", () => {
  it("starts at 0 and ends on a round value above the data", () => {
    const axis = valueAxis([120, 980, 400]);
    expect(axis.ticks[0]).toBe(0);
    expect(axis.max).toBeGreaterThanOrEqual(980 * 1.1);
    expect(axis.ticks.at(-1)).toBe(axis.max);
    expect(axis.max % (axis.ticks[1] - axis.ticks[0])).toBe(0);
  });

  it("keeps the reference line inside the axis", () => {
    expect(valueAxis([10, 20], 1000).max).toBeGreaterThanOrEqual(1000);
  });

  it("has a unit axis when there is no data", () => {
    expect(valueAxis([])).toEqual({ max: 1, ticks: [0, 1] });
  });
});

describe("points to pixels", () => {
  it("spreads points over the width and puts 0 at the bottom", () => {
    expect(xAt(0, 5, 200)).toBe(0);
    expect(xAt(4, 5, 200)).toBe(200);
    expect(xAt(0, 1, 200)).toBe(100);
    expect(yAt(0, 100, 50)).toBe(50);
    expect(yAt(100, 100, 50)).toBe(0);
    expect(yAt(500, 100, 50)).toBe(0);
  });

  it("draws a path through the defined values only", () => {
    const d = linePath([0, undefined, 10], 10, { width: 100, height: 20 });
    expect(d).toBe("M0.0,20.0L100.0,0.0");
    expect(linePath([undefined], 10, { width: 100, height: 20 })).toBe("");
  });

  it("labels every (interval+1)-th point", () => {
    expect(labelledIndices(10, 2)).toEqual([0, 3, 6, 9]);
    expect(labelledIndices(3, 0)).toEqual([0, 1, 2]);
  });

  it("finds the point nearest the pointer, within bounds", () => {
    expect(nearestIndex(0, 11, 100)).toBe(0);
    expect(nearestIndex(52, 11, 100)).toBe(5);
    expect(nearestIndex(500, 11, 100)).toBe(10);
    expect(nearestIndex(-3, 11, 100)).toBe(0);
  });
});
