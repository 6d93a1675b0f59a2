import { describe, expect, it } from "vitest";
import { average, binIndex, definedValues, histogram, niceMax } from "./histogram";

describe("histogram beside a timeline", () => {
  it("rounds an axis top up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect([0, 0.7, 1, 1.2, 2.2, 3, 7, 1100, 26_000].map(niceMax)).toEqual([
      1, 1, 1, 2, 2.5, 5, 10, 2000, 50_000,
    ]);
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
