import { describe, expect, it } from "vitest";
import { byKey, runBatches } from "../testing/runBatches";

describe("countByWindow", () => {
  it("counts the records in (t - window, t] (Spark's WindowOperationsSuite)", async () => {
    const input = [[1], [1], [1, 2], [0], [], []];
    const run = await runBatches(input, (s) => s.countByWindow(2000, 1000));
    expect(run.records.map(byKey)).toEqual([[1], [2], [3], [3], [1], [0]]);
  });

  it("emits nothing until the first record arrives (it is built on the inverse reduce)", async () => {
    const run = await runBatches([[], ["x"], [], [], []], (s) => s.countByWindow(2000, 1000));
    expect(run.records.map(byKey)).toEqual([[], [1], [1], [0], [0]]);
  });

  it("needs checkpointing", async () => {
    await expect(
      runBatches([[1]], (s) => s.countByWindow(2000, 1000), { checkpoint: false }),
    ).rejects.toThrow("The checkpoint directory has not been set");
  });
});
