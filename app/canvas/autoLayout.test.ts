import { describe, expect, it } from "vitest";
import { layoutLeftToRight } from "./autoLayout";

describe("layoutLeftToRight", () => {
  it("places each node right of the nodes that feed it", async () => {
    const box = { width: 200, height: 80 };
    const positions = await layoutLeftToRight(
      [
        { id: "a", ...box },
        { id: "b", ...box },
        { id: "c", ...box },
        { id: "d", ...box },
      ],
      [
        { id: "1", source: "a", target: "b" },
        { id: "2", source: "b", target: "c" },
        { id: "3", source: "a", target: "d" },
      ],
    );
    expect(positions.get("b")!.x).toBeGreaterThanOrEqual(positions.get("a")!.x + 200);
    expect(positions.get("c")!.x).toBeGreaterThanOrEqual(positions.get("b")!.x + 200);
    expect(positions.get("d")!.x).toBeGreaterThan(positions.get("a")!.x);
  });
});

describe("layoutLeftToRight in a small viewport", () => {
  const box = { width: 248, height: 100 };
  const chain = (n: number) => ({
    nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, ...box })),
    edges: Array.from({ length: n - 1 }, (_, i) => ({ id: `e${i}`, source: `n${i}`, target: `n${i + 1}` })),
  });

  it("wraps a long chain into rows so it fits the canvas at a readable zoom", async () => {
    const { nodes, edges } = chain(8);
    const positions = await layoutLeftToRight(nodes, edges, { width: 800, height: 500 });
    const xs = [...positions.values()].map((p) => p.x);
    const ys = new Set([...positions.values()].map((p) => p.y));
    const width = Math.max(...xs) - Math.min(...xs) + box.width;
    expect(ys.size).toBeGreaterThan(1);
    expect(width).toBeLessThan(8 * box.width);
  });

  it("keeps a short chain on one row", async () => {
    const { nodes, edges } = chain(3);
    const positions = await layoutLeftToRight(nodes, edges, { width: 1200, height: 600 });
    expect(new Set([...positions.values()].map((p) => p.y)).size).toBe(1);
  });
});
