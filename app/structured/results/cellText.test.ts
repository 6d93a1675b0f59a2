import { describe, expect, it } from "vitest";
import { cellText } from "./cellText";

describe("cellText", () => {
  it("shows a window as [start, end], numbers and nulls as Spark's console sink", () => {
    expect(cellText({ start: "2026-01-01T12:00:00.000Z", end: "2026-01-01T12:10:00.000Z" })).toBe(
      "[12:00, 12:10]",
    );
    expect(cellText({ start: 0, end: 10_000 })).toBe("[00:00, 00:10]");
    expect(cellText(2.5)).toBe("2.5");
    expect(cellText(1 / 3)).toBe("0.3333");
    expect(cellText(null)).toBe("null");
    expect(cellText("owl")).toBe("owl");
  });
});
