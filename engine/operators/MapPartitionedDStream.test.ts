import { describe, expect, it } from "vitest";
import { runBatches } from "../testing/runBatches";

describe("mapPartitions", () => {
  it("calls the function once per partition with all its records", async () => {
    const { outputs } = await runBatches([[1, 2, 3, 4]], (s) =>
      s.mapPartitions((xs) => [xs.reduce((a, b) => a + b, 0)]),
    );
    expect(outputs[0].partitions).toEqual([[3], [7]]);
  });
});
