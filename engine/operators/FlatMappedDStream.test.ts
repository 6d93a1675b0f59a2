import { describe, expect, it } from "vitest";
import { runBatches } from "../testing/runBatches";

describe("flatMap", () => {
  it.each([
    { input: [["a b", "c"], [], ["d"]], expected: [["a", "b", "c"], [], ["d"]] },
    { input: [["", "x  y"]], expected: [["", "x", "", "y"]] },
  ])("splits lines into words batch by batch: $input", async ({ input, expected }) => {
    const { records } = await runBatches(input, (s) => s.flatMap((l) => l.split(" ")));
    expect(records).toEqual(expected);
  });

  it("accepts any iterable, not only arrays", async () => {
    const { records } = await runBatches([[2, 0, 1]], (s) =>
      s.flatMap(function* (n) {
        for (let i = 0; i < n; i++) yield n;
      }),
    );
    expect(records).toEqual([[2, 2, 1]]);
  });
});
