import { describe, expect, it } from "vitest";
import { runBatches } from "../testing/runBatches";

describe("glom", () => {
  it("turns each partition into one array record", async () => {
    const { records } = await runBatches([[1, 2, 3, 4, 5], []], (s) => s.glom(), { numBatches: 3 });
    // parallelize slices [0, n/2) and [n/2, n); a queued empty batch still has 2 (empty) partitions;
    // once the queue is empty the batch is Spark's emptyRDD, which has none
    expect(records).toEqual([
      [
        [1, 2],
        [3, 4, 5],
      ],
      [[], []],
      [],
    ]);
  });
});
