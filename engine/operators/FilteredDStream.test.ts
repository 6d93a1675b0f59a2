import { describe, expect, it } from "vitest";
import { runBatches } from "../testing/runBatches";

describe("filter", () => {
  it("keeps matching records and leaves empty batches empty", async () => {
    const { records } = await runBatches([[1, 2, 3, 4], [5], []], (s) => s.filter((x) => x % 2 === 1));
    expect(records).toEqual([[1, 3], [5], []]);
  });

  it("fuses with map into one pass: each record goes through both before the next record", async () => {
    const order: string[] = [];
    await runBatches(
      [[1, 2]],
      (s) =>
        s
          .map((x) => {
            order.push(`map ${x}`);
            return x;
          })
          .filter((x) => {
            order.push(`filter ${x}`);
            return true;
          }),
      { defaultParallelism: 1 },
    );
    expect(order).toEqual(["map 1", "filter 1", "map 2", "filter 2"]);
  });
});
