import { describe, expect, it } from "vitest";
import { timeAxisInterval } from "./axisTicks";

/** The labels drawn for an interval: points 0, interval+1, 2(interval+1), ... */
const labelsShown = (points: number, interval: number) => Math.ceil(points / (interval + 1));

describe("timeAxisInterval", () => {
  it("shows four labels on a wide chart, as before", () => {
    expect(labelsShown(40, timeAxisInterval(40, 400))).toBe(4);
    expect(labelsShown(120, timeAxisInterval(120, 1200))).toBe(4);
  });

  it("shows fewer labels on a narrow chart so they don't overlap", () => {
    expect(labelsShown(40, timeAxisInterval(40, 110))).toBe(2);
    expect(labelsShown(40, timeAxisInterval(40, 160))).toBe(3);
  });

  it("never drops below two labels, however narrow", () => {
    expect(labelsShown(40, timeAxisInterval(40, 20))).toBe(2);
  });

  it("labels every point while there are few of them", () => {
    expect(timeAxisInterval(2, 400)).toBe(0);
    expect(timeAxisInterval(0, 400)).toBe(0);
  });

  it("assumes a wide chart before the first measurement (width 0)", () => {
    expect(timeAxisInterval(40, 0)).toBe(timeAxisInterval(40, 1000));
  });
});
