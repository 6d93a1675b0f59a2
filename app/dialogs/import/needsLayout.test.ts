import { describe, expect, it } from "vitest";
import { hasStackedNodes } from "./needsLayout";

const at = (...points: [number, number][]) => ({
  nodes: points.map(([x, y], i) => ({
    id: `n${i}`,
    kind: "map",
    label: `n${i}`,
    params: {},
    position: { x, y },
  })),
});

describe("hasStackedNodes", () => {
  it("finds cards left at the same spot, as in a document written without positions", () => {
    expect(hasStackedNodes(at([0, 0], [0, 0], [0, 0]))).toBe(true);
    expect(hasStackedNodes(at([40, 120], [340, 120], [350, 130]))).toBe(true);
  });

  it("leaves a laid-out pipeline (and a single node) alone", () => {
    expect(hasStackedNodes(at([40, 120], [340, 120], [640, 120]))).toBe(false);
    expect(hasStackedNodes(at([0, 0]))).toBe(false);
    expect(hasStackedNodes(at())).toBe(false);
  });
});
