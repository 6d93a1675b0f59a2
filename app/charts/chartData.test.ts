import { describe, expect, it } from "vitest";
import type { BatchInfoMessage, NodeBatchSummary } from "../../engine/protocol/messages";
import { batchPoints, batchRows, nodeLabels, nodeThroughput } from "./chartData";
import { formatAxisTime, formatBatchTime, formatCount, formatDuration } from "./format";

const b = (t: number, n: number, sched?: number, proc?: number): BatchInfoMessage => ({
  batchTimeMs: t,
  numRecords: n,
  submissionTimeMs: t,
  schedulingDelayMs: sched,
  processingDelayMs: proc,
  totalDelayMs: sched !== undefined && proc !== undefined ? sched + proc : undefined,
  measuredComputeMs: 3,
});

describe("batchPoints", () => {
  it("turns records per batch into records per second and keeps the newest points", () => {
    const pts = batchPoints([b(1000, 500, 0, 100), b(2000, 250, 10, 300), b(3000, 100, 20, 900)], 500, 2);
    expect(pts.map((p) => p.batchTimeMs)).toEqual([2000, 3000]);
    expect(pts.map((p) => p.inputRate)).toEqual([500, 200]);
    expect(pts[1]).toMatchObject({ schedulingDelay: 20, processingTime: 900, totalDelay: 920, computeMs: 3 });
  });
});

describe("nodeThroughput", () => {
  const s = (nodeId: string, count: number, computed = true): NodeBatchSummary => ({
    nodeId,
    batchTimeMs: 0,
    count,
    partitionCounts: [count],
    sample: [],
    truncated: false,
    computed,
  });
  it("averages the computed batches of each node, ignoring batches where a window did not fire", () => {
    const rows = nodeThroughput(
      { a: [s("a", 10), s("a", 30)], w: [s("w", 0, false), s("w", 40)], z: [] },
      2000,
      (id) => id.toUpperCase(),
    );
    expect(rows).toEqual([
      { nodeId: "a", label: "A", recordsPerSecond: 10 },
      { nodeId: "w", label: "W", recordsPerSecond: 20 },
    ]);
  });
});

describe("batchRows", () => {
  it("lists active batches before completed ones, newest first", () => {
    const rows = batchRows(
      [b(1000, 1, 0, 1), b(2000, 2, 0, 1)],
      [
        { info: b(3000, 3), status: "processing" },
        { info: b(4000, 4), status: "queued" },
      ],
    );
    expect(rows.map((r) => [r.batchTimeMs, r.status])).toEqual([
      [4000, "queued"],
      [3000, "processing"],
      [2000, "completed"],
      [1000, "completed"],
    ]);
    expect(batchRows([b(1000, 1), b(2000, 2)], [], 1)).toHaveLength(1);
  });
});

describe("format", () => {
  it("formats batch times, durations and counts as the Streaming UI does", () => {
    expect(formatBatchTime(65_000)).toBe("00:01:05");
    expect(formatBatchTime(1500)).toBe("00:00:01.500");
    expect(formatAxisTime(65_000)).toBe("01:05");
    expect(formatAxisTime(3_700_000)).toBe("01:01:40");
    expect(formatDuration(45)).toBe("45 ms");
    expect(formatDuration(1200)).toBe("1.2 s");
    expect(formatDuration(undefined)).toBe("-");
    expect(formatCount(1_234_567)).toBe("1.23M");
    expect(formatCount(2500)).toBe("2.50k");
  });
});

describe("nodeLabels", () => {
  it("names unnamed nodes by kind and a number in pipeline order, never by id", () => {
    const labels = nodeLabels([
      { id: "n-mx5ja0bb3b6op", kind: "map" },
      { id: "a", kind: "flatMap", label: "words" },
      { id: "n-zz", kind: "map", label: "  " },
    ]);
    expect([...labels.values()]).toEqual(["map 1", "words", "map 2"]);
  });
});
