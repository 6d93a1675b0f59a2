import { describe, expect, it } from "vitest";
import { byKey, runBatches } from "../testing/runBatches";

type P = [string, number];

describe("groupByKeyAndWindow", () => {
  it("groups every value of a key in (t - window, t]", async () => {
    const input: P[][] = [
      [["a", 1]],
      [
        ["a", 2],
        ["b", 3],
      ],
      [["b", 4]],
      [],
    ];
    const run = await runBatches(input, (s) =>
      s.groupByKeyAndWindow(2000, 1000).map(([k, vs]: [string, number[]]) => [k, [...vs].sort()] as const),
    );
    expect(run.records.map(byKey)).toEqual([
      [["a", [1]]],
      [
        ["a", [1, 2]],
        ["b", [3]],
      ],
      [
        ["a", [2]],
        ["b", [3, 4]],
      ],
      [["b", [4]]],
    ]);
  });

  it("defaults the slide to the parent's and needs no checkpoint", async () => {
    const run = await runBatches([[["a", 1]], [["a", 1]]] as P[][], (s) => s.groupByKeyAndWindow(3000), {
      checkpoint: false,
    });
    expect(run.records.map(byKey)).toEqual([[["a", [1]]], [["a", [1, 1]]]]);
  });
});
