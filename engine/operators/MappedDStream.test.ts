import { describe, expect, it } from "vitest";
import { runBatches } from "../testing/runBatches";

describe("map", () => {
  it("applies the function to every record of every batch", async () => {
    const { outputs } = await runBatches([[1, 2, 3], [], [4]], (s) => s.map((x) => x * 10));
    expect(outputs.map((o) => [o.timeMs, o.records])).toEqual([
      [1000, [10, 20, 30]],
      [2000, []],
      [3000, [40]],
    ]);
  });

  it("keeps the parent's partitioning (2 partitions by default)", async () => {
    const { outputs } = await runBatches([[1, 2, 3, 4]], (s) => s.map((x) => x + 1));
    expect(outputs[0].partitions).toEqual([
      [2, 3],
      [4, 5],
    ]);
  });
});
