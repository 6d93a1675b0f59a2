import { describe, expect, it } from "vitest";
import { sinkWrites } from "./sinkWrites";

describe("sinkWrites", () => {
  it("groups writes per sink and batch; a batch written again counts once with its latest rows", () => {
    const w = (nodeId: string, batchTimeMs: number, rows: number) => ({
      nodeId,
      table: "t",
      batchTimeMs,
      rows,
    });
    const sinks = sinkWrites([w("db", 2000, 3), w("db", 1000, 2), w("other", 1000, 1), w("db", 2000, 4)]);
    expect(sinks.map((s) => s.nodeId)).toEqual(["db", "other"]);
    expect(sinks[0].batches).toEqual([
      { batchTimeMs: 1000, rows: 2, writes: 1 },
      { batchTimeMs: 2000, rows: 4, writes: 2 },
    ]);
  });
});
