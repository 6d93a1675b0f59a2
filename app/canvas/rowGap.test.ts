import { describe, expect, it } from "vitest";
import { rowGapY } from "./rowGap";

// Two rows as auto-layout wraps them: row 1 has a short card and a tall one, row 2 starts at y 270.
const cards = [
  { x: 0, y: 100, width: 200, height: 90 },
  { x: 250, y: 90, width: 200, height: 130 },
  { x: 0, y: 270, width: 200, height: 90 },
];

describe("rowGapY", () => {
  it("runs through the gap under the tallest card of the source's row", () => {
    // Halfway between the handles (y 210) would be inside the tall card (90..220).
    expect(rowGapY(cards, 150, 310)).toBe(245);
  });

  it("falls back to halfway between the handles when the rows overlap or there is no row", () => {
    expect(rowGapY(cards, 150, 200)).toBe(175);
    expect(rowGapY([], 0, 100)).toBe(50);
  });
});
