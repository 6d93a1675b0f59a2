import { describe, expect, it } from "vitest";
import { parseBlockInterval, partitionsRule } from "./blockInterval";

describe("block interval field", () => {
  it.each([
    ["200", { ok: true, value: 200 }],
    [" 50 ", { ok: true, value: 50 }],
    ["", { ok: false, error: "A block interval is required (Spark's default is 200 ms)." }],
    ["0", { ok: false, error: "Must be a positive whole number of milliseconds." }],
    ["-5", { ok: false, error: "Must be a positive whole number of milliseconds." }],
    ["12.5", { ok: false, error: "Must be a positive whole number of milliseconds." }],
    ["abc", { ok: false, error: "Must be a positive whole number of milliseconds." }],
    ["3600001", { ok: false, error: "Must be at most 3600000 ms." }],
  ])("parses %j", (text, expected) => {
    expect(parseBlockInterval(text)).toEqual(expected);
  });

  it("states Spark's rule with the pipeline's figures", () => {
    expect(partitionsRule(1000, 200)).toBe("1000 ms / 200 ms = 5 partitions per batch per receiver");
    expect(partitionsRule(1000, 300)).toBe("1000 ms / 300 ms ≈ 3 partitions per batch per receiver");
    expect(partitionsRule(500, 1000)).toBe("500 ms / 1000 ms ≈ 1 partition per batch per receiver");
  });
});
