import { describe, expect, it } from "vitest";
import { hashKey, mapKey, partitionOf } from "./hash";

describe("hashKey (JVM-compatible where it can be)", () => {
  it.each([
    ["", 0],
    ["a", 97],
    ["spark", 109638365],
    [42, 42],
    [-7, -7],
    [true, 1231],
    [false, 1237],
    [null, 0],
  ])("hash(%j) = %d", (key, expected) => {
    expect(hashKey(key)).toBe(expected);
  });

  it("tuples hash like java.util.List: 31*h + e from 1", () => {
    expect(hashKey(["a", 1])).toBe(31 * (31 * 1 + 97) + 1);
  });

  it("partitionOf is non-negative (Spark's nonNegativeMod)", () => {
    expect(partitionOf(-7, 2)).toBe(1);
    expect(partitionOf("a", 2)).toBe(1);
  });

  it("mapKey makes equal tuples and objects equal keys", () => {
    expect(mapKey(["a", 1])).toBe(mapKey(["a", 1]));
    expect(mapKey({ b: 1, a: 2 })).toBe(mapKey({ a: 2, b: 1 }));
    expect(mapKey("x")).toBe("x");
  });
});
