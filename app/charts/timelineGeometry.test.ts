import { describe, expect, it } from "vitest";
import { linePath, nearestIndex, timeLabelIndices, valueAxis, xOf, yOf } from "./timelineGeometry";

const box = { left: 56, top: 6, width: 200, height: 84 };

describe("timeline geometry", () => {
  it("spreads points from the left edge to the right, one alone in the middle", () => {
    expect([0, 1, 2].map((i) => xOf(i, 3, box))).toEqual([56, 156, 256]);
    expect(xOf(0, 1, box)).toBe(156);
  });

  it("puts 0 at the bottom and the axis top at the top, clamping beyond", () => {
    expect(yOf(0, 100, box)).toBe(90);
    expect(yOf(100, 100, box)).toBe(6);
    expect(yOf(50, 100, box)).toBe(48);
    expect(yOf(250, 100, box)).toBe(6);
    expect(yOf(-5, 100, box)).toBe(90);
  });

  it("finds the point nearest the pointer, and stays inside the series", () => {
    expect(nearestIndex(56, 5, box)).toBe(0);
    expect(nearestIndex(56 + 120, 5, box)).toBe(2);
    expect(nearestIndex(400, 5, box)).toBe(4);
    expect(nearestIndex(0, 5, box)).toBe(0);
  });

  it("takes a given axis, else a nice one over the data and the reference line", () => {
    expect(valueAxis([1, 2], undefined, 40, [0, 10, 20, 30, 40])).toEqual({
      max: 40,
      ticks: [0, 10, 20, 30, 40],
    });
    const auto = valueAxis([120, 380], 1000);
    expect(auto.max).toBeGreaterThanOrEqual(1100);
    expect(auto.ticks[0]).toBe(0);
    expect(auto.ticks.at(-1)).toBe(auto.max);
    expect(valueAxis([], undefined).max).toBeGreaterThan(0);
  });

  it("labels every (interval+1)-th batch from the first, fewer on a narrow chart", () => {
    expect(timeLabelIndices(40, 400)).toEqual([0, 10, 20, 30]);
    expect(timeLabelIndices(40, 110)).toEqual([0, 20]);
    expect(timeLabelIndices(0, 400)).toEqual([]);
  });

  it("joins across a missing value on the main line and breaks the secondary one there", () => {
    const values = [0, undefined, 100];
    expect(linePath(values, 100, box, true)).toBe("M56.0,90.0L256.0,6.0");
    expect(linePath(values, 100, box, false)).toBe("M56.0,90.0M256.0,6.0");
    expect(linePath([], 100, box, true)).toBe("");
  });
});
