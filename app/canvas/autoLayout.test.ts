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
