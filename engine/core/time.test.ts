import { describe, expect, it } from "vitest";
import { checkWindowDurations, formatMs } from "./time";

describe("window duration checks (Spark's WindowedDStream messages)", () => {
  it("accepts multiples of the parent's slide", () => {
    expect(() => checkWindowDurations(3000, 2000, 1000)).not.toThrow();
  });

  it("rejects a window that is not a multiple", () => {
    expect(() => checkWindowDurations(3000, 10000, 10000)).toThrow(
      "The window duration of windowed DStream (3000 ms) must be a multiple of the slide duration of parent DStream (10000 ms)",
    );
  });

  it("rejects a slide that is not a multiple", () => {
    expect(() => checkWindowDurations(9000, 2000, 3000)).toThrow(
      "The slide duration of windowed DStream (2000 ms) must be a multiple of the slide duration of parent DStream (3000 ms)",
    );
  });

  it("prints durations as Spark does", () => {
    expect(formatMs(1500)).toBe("1500 ms");
  });
});
