import { describe, expect, it } from "vitest";
import { byKey, runBatches } from "../testing/runBatches";

describe("count / countByValue / reduce / repartition", () => {
  it("count yields one record per batch, 0 for an empty batch (Spark's union with (null, 0))", async () => {
    const { records } = await runBatches([["a", "b", "c"], [], ["d"]], (s) => s.count());
    expect(records).toEqual([[3], [0], [1]]);
  });

  it("count is 0 also once the queue is exhausted (an emptyRDD with no partitions)", async () => {
    const { records } = await runBatches([["a"]], (s) => s.count(), { numBatches: 3 });
    expect(records).toEqual([[1], [0], [0]]);
  });

  it("countByValue counts equal values", async () => {
    const { records } = await runBatches([["a", "b", "a"], []], (s) => s.countByValue());
    expect(records.map(byKey)).toEqual([
      [
        ["a", 2],
        ["b", 1],
      ],
      [],
    ]);
  });

  it("reduce gives one record, none for an empty batch, in one partition", async () => {
    const { records, outputs } = await runBatches([[1, 2, 3, 4], []], (s) => s.reduce((a, b) => a + b));
    expect(records).toEqual([[10], []]);
    expect(outputs[0].partitions).toHaveLength(1);
  });

  it("repartition spreads records over n partitions, keeping them all", async () => {
    const { outputs } = await runBatches([[1, 2, 3, 4, 5, 6]], (s) => s.repartition(3));
    expect(outputs[0].partitions).toHaveLength(3);
    expect(outputs[0].partitions.map((p) => p.length)).toEqual([2, 2, 2]);
    expect([...outputs[0].records].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
