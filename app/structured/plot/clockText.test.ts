import { describe, expect, it } from "vitest";
import { clockText } from "./clockText";

describe("clockText", () => {
  it("reads a simulated clock as minutes and seconds, a wall-clock instant as UTC", () => {
    expect(clockText(65_000)).toBe("01:05");
    expect(clockText(Date.parse("2026-01-01T12:07:00Z"))).toBe("12:07");
    expect(clockText(Date.parse("2026-01-01T12:07:30Z"))).toBe("12:07:30");
  });
});
