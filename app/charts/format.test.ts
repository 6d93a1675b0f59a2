import { describe, expect, it } from "vitest";
import { countOf, formatCount } from "./format";

describe("countOf", () => {
  it("is singular only for exactly one", () => {
    expect(countOf(1, "record")).toBe("1 record");
    expect(countOf(0, "record")).toBe("0 records");
    expect(countOf(25, "partition")).toBe("25 partitions");
  });

  it("formats the number with the given formatter", () => {
    expect(countOf(1_234_567, "record", formatCount)).toBe("1.23M records");
    expect(countOf(1000, "record", (n) => n.toLocaleString("en-US"))).toBe("1,000 records");
  });
});
