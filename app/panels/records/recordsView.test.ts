import { describe, expect, it } from "vitest";
import type { NodeBatchSummary } from "../../../engine/protocol/messages";
import { batchView, isPairSummary, recordsViews } from "./recordsView";

const summary = (
  batchTimeMs: number,
  sample: unknown[][],
  extra: Partial<NodeBatchSummary> = {},
): NodeBatchSummary => ({
  nodeId: "n",
  batchTimeMs,
  count: sample.flat().length,
  partitionCounts: sample.map((p) => p.length),
  sample,
  truncated: false,
  computed: true,
  ...extra,
});

describe("recordsView", () => {
  it("shows a pair stream as key/value rows per partition", () => {
    const v = batchView(
      summary(2000, [
        [["a", 3]],
        [
          ["b", 1],
          ["c", [1, 2]],
        ],
      ]),
    );
    expect(v.isPair).toBe(true);
    expect(v.partitions).toEqual([
      { index: 0, count: 1, rows: [["a", "3"]] },
      {
        index: 1,
        count: 2,
        rows: [
          ["b", "1"],
          ["c", "(1,2)"],
        ],
      },
    ]);
  });

  it("shows plain records one per row, and an empty pair stream as pairs when key counts came", () => {
    const plain = batchView(summary(1000, [["to be", "or not"]]));
    expect(plain.isPair).toBe(false);
    expect(plain.partitions[0].rows).toEqual([["to be"], ["or not"]]);
    expect(isPairSummary(summary(1000, [[]], { keyCounts: [] }))).toBe(true);
    expect(isPairSummary(summary(1000, [[]]))).toBe(false);
  });

  it("lists the newest batch first", () => {
    expect(recordsViews([summary(1000, [[]]), summary(2000, [[]])]).map((v) => v.batchTimeMs)).toEqual([
      2000, 1000,
    ]);
    expect(recordsViews(undefined)).toEqual([]);
  });
});
