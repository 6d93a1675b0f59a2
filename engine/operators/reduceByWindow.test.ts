import { describe, expect, it } from "vitest";
import { byKey, runBatches } from "../testing/runBatches";

const add = (a: number, b: number) => a + b;
const sub = (a: number, b: number) => a - b;
const input = [[1, 2], [3], [], [4], [], []];

describe("reduceByWindow", () => {
  it("reduces the whole window to one value; an empty window gives an empty RDD", async () => {
    const run = await runBatches(input, (s) => s.reduceByWindow(add, 2000, 1000));
    expect(run.records.map(byKey)).toEqual([[3], [6], [3], [4], [4], []]);
  });

  it("with an inverse keeps its single value, which falls to 0 on an empty window", async () => {
    const run = await runBatches(input, (s) => s.reduceByWindow(add, sub, 2000, 1000));
    expect(run.records.map(byKey)).toEqual([[3], [6], [3], [4], [4], [0]]);
  });

  it("slides by its slide duration", async () => {
    const run = await runBatches(input, (s) => s.reduceByWindow(add, 3000, 2000));
    expect(run.outputs.map((o) => o.timeMs)).toEqual([2000, 4000, 6000]);
    expect(run.records.map(byKey)).toEqual([[6], [7], [4]]);
  });

  it("only the inverse form needs checkpointing", async () => {
    const plain = await runBatches(input, (s) => s.reduceByWindow(add, 2000, 1000), { checkpoint: false });
    expect(plain.outputs).toHaveLength(6);
    await expect(
      runBatches(input, (s) => s.reduceByWindow(add, sub, 2000, 1000), { checkpoint: false }),
    ).rejects.toThrow("The checkpoint directory has not been set");
  });
});
