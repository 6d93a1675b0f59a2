import { describe, expect, it } from "vitest";
import { byKey, runBatches } from "../testing/runBatches";

describe("countByValueAndWindow", () => {
  it("counts each value in the window (Spark's WindowOperationsSuite)", async () => {
    const run = await runBatches([["a"], ["b", "b"], ["a", "b"]], (s) => s.countByValueAndWindow(2000, 1000));
    expect(run.records.map(byKey)).toEqual([
      [["a", 1]],
      [
        ["a", 1],
        ["b", 2],
      ],
      [
        ["a", 1],
        ["b", 3],
      ],
    ]);
  });

  it("drops values whose count fell to 0 (its filterFunc is count != 0)", async () => {
    const run = await runBatches([["a"], ["b"], [], []], (s) => s.countByValueAndWindow(2000, 1000));
    expect(run.records.map(byKey)).toEqual([
      [["a", 1]],
      [
        ["a", 1],
        ["b", 1],
      ],
      [["b", 1]],
      [],
    ]);
  });
});
