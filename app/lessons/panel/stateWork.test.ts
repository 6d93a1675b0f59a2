import { describe, expect, it } from "vitest";
import type { PipelineDocument } from "../../../engine/graph/types";
import type { NodeBatchSummary } from "../../../engine/protocol/messages";
import { stateWork } from "./stateWork";

const node = (id: string, kind: string) => ({ id, kind, params: {}, position: { x: 0, y: 0 } });
const doc = {
  nodes: [node("src", "queueStream"), node("u", "updateStateByKey"), node("m", "mapWithState")],
  edges: [],
} as unknown as PipelineDocument;
const summary = (nodeId: string, batchTimeMs: number, count: number, stateSize?: number, computed = true) =>
  ({
    nodeId,
    batchTimeMs,
    count,
    stateSize,
    computed,
    partitionCounts: [],
    sample: [],
    truncated: false,
  }) as NodeBatchSummary;

describe("stateWork", () => {
  it("lists each state node's keys held and records per computed batch, newest last", () => {
    const work = stateWork(doc, {
      u: [summary("u", 1000, 3, 3), summary("u", 2000, 5, 5), summary("u", 3000, 0, undefined, false)],
      m: [summary("m", 1000, 4, 3), summary("m", 2000, 4, 5)],
    });
    expect(work.map((w) => w.nodeId)).toEqual(["u", "m"]);
    expect(work[0].rows).toEqual([
      { batchTimeMs: 1000, keys: 3, calls: 3 },
      { batchTimeMs: 2000, keys: 5, calls: 5 },
    ]);
    expect(work[1].rows.map((r) => r.calls)).toEqual([4, 4]);
  });

  it("keeps only the newest `span` batches", () => {
    const many = Array.from({ length: 12 }, (_, i) => summary("u", (i + 1) * 1000, i, i));
    expect(stateWork(doc, { u: many }, 8)[0].rows[0].batchTimeMs).toBe(5000);
  });
});
