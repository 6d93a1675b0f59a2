import { describe, expect, it } from "vitest";
import { runBatches } from "../testing/runBatches";

describe("mapValues / flatMapValues", () => {
  it("mapValues keeps keys", async () => {
    const { records } = await runBatches<[string, number], [string, string]>(
      [
        [
          ["a", 1],
          ["b", 2],
        ],
      ],
      (s) => s.mapValues((v) => `v${v}`),
    );
    expect(records).toEqual([
      [
        ["a", "v1"],
        ["b", "v2"],
      ],
    ]);
  });

  it("flatMapValues emits one pair per produced value, none for an empty result", async () => {
    const { records } = await runBatches<[string, number], [string, number]>(
      [
        [
          ["a", 2],
          ["b", 0],
        ],
      ],
      (s) => s.flatMapValues((v) => Array.from({ length: v }, (_, i) => i)),
    );
    expect(records).toEqual([
      [
        ["a", 0],
        ["a", 1],
      ],
    ]);
  });
});
