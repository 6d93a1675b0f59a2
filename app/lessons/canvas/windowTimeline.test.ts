import { describe, expect, it } from "vitest";
import type { NodeBatchSummary } from "../../../engine/protocol/messages";
import { timelineCells, windowWork } from "./windowTimeline";

const summary = (t: number, computed: boolean, windowBatches?: number[], count = 0): NodeBatchSummary => ({
  nodeId: "w",
  batchTimeMs: t,
  count,
  partitionCounts: [],
  sample: [],
  truncated: false,
  computed,
  windowBatches,
});

describe("window timeline", () => {
  it("marks the batches the window's last RDD covers and the times it emitted", () => {
    const history = [
      summary(1000, false),
      summary(2000, true, [1000, 2000]),
      summary(3000, false),
      summary(4000, true, [1000, 2000, 3000, 4000]),
      summary(5000, false),
    ];
    const cells = timelineCells(history, 1000, 6);
    expect(cells.map((c) => c.batchTimeMs)).toEqual([1000, 2000, 3000, 4000, 5000]);
    expect(cells.filter((c) => c.covered).map((c) => c.batchTimeMs)).toEqual([1000, 2000, 3000, 4000]);
    expect(cells.filter((c) => c.emitted).map((c) => c.batchTimeMs)).toEqual([2000, 4000]);
  });

  it("counts the records a window combines with and without the inverse", () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => summary(k * 1000, true, undefined, k * 10));
    // window 6 s (3000..8000), slide 2 s: without = 30+..+80 = 330; with = (70+80) added + (10+20) left.
    const work = windowWork(input, [3000, 4000, 5000, 6000, 7000, 8000], 2000);
    expect(work).toEqual({ without: 330, with: 180 });
  });
});
