import { describe, expect, it } from "vitest";
import { average, binIndex, definedValues, histogram, niceScale } from "./histogram";

describe("histogram beside a timeline", () => {
  it("makes an axis of four nice steps at or above the top value, whole steps for whole units", () => {
    expect([0, 0.7, 1, 5.25, 17, 42, 1100, 26_000].map((m) => niceScale(m).max)).toEqual([
      4, 4, 4, 8, 20, 80, 2000, 40_000,
    ]);
    expect(niceScale(1100).ticks).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceScale(90).ticks).toEqual([0, 25, 50, 75, 100]);
    expect(niceScale(0.7, false).max).toBeCloseTo(0.8);
  });

  it("counts values into equal bins over the timeline's axis, the top value in the last bin", () => {
    const bins = histogram([0, 1, 9.99, 10, 5, 5, 42], 10, 4);
    expect(bins.map((b) => b.count)).toEqual([2, 0, 2, 3]);
    expect(bins.map((b) => b.from)).toEqual([0, 2.5, 5, 7.5]);
    expect(binIndex(7.5, 10, 4)).toBe(3);
    expect(binIndex(3, 0, 4)).toBe(0);
  });

  it("reads defined values and their average", () => {
    const points = [{ v: 1 }, { v: undefined }, { v: 3 }, { v: Number.NaN }];
    expect(definedValues(points, "v")).toEqual([1, 3]);
    expect(average([1, 3])).toBe(2);
    expect(average([])).toBeUndefined();
  });
});
