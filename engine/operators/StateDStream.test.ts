import { describe, expect, it } from "vitest";
import { byKey, runBatches } from "../testing/runBatches";
import type { HoldsState } from "./stateTypes";

type P = [string, number];
const runningSum = (values: number[], state: number | undefined) =>
  values.reduce((a, b) => a + b, state ?? 0);

describe("updateStateByKey", () => {
  it("keeps a running state per key (Spark's BasicOperationsSuite)", async () => {
    const input = [["a"], ["a", "b"], ["a", "b", "c"], ["a", "b"], ["a"], []];
    const run = await runBatches(input, (s) =>
      s.map((w: string) => [w, 1] as P).updateStateByKey(runningSum),
    );
    expect(run.records.map(byKey)).toEqual([
      [["a", 1]],
      [
        ["a", 2],
        ["b", 1],
      ],
      [
        ["a", 3],
        ["b", 2],
        ["c", 1],
      ],
      [
        ["a", 4],
        ["b", 3],
        ["c", 1],
      ],
      [
        ["a", 5],
        ["b", 3],
        ["c", 1],
      ],
      [
        ["a", 5],
        ["b", 3],
        ["c", 1],
      ],
    ]);
  });

  it("is called for keys with no new values, with an empty array", async () => {
    const calls: [number[], number | undefined][] = [];
    await runBatches([[["a", 1]], [], [["b", 2]]] as P[][], (s) =>
      s.updateStateByKey((values: number[], state: number | undefined) => {
        calls.push([values, state]);
        return runningSum(values, state);
      }),
    );
    // a at 1 s with [1]; a at 2 s and 3 s with no values; b at 3 s with [2].
    expect(calls).toHaveLength(4);
    expect(calls.filter(([values]) => values.length === 0)).toEqual([
      [[], 1],
      [[], 1],
    ]);
  });

  it("drops a key when the function returns undefined", async () => {
    // A key lives while it keeps getting values; a batch without values for it removes it.
    const update = (values: number[], state: number | undefined) =>
      values.length === 0 ? undefined : runningSum(values, state);
    const input: P[][] = [
      [
        ["a", 1],
        ["b", 1],
      ],
      [["a", 1]],
      [
        ["a", 1],
        ["b", 5],
      ],
    ];
    const run = await runBatches(input, (s) => s.updateStateByKey(update));
    expect(run.records.map(byKey)).toEqual([
      [
        ["a", 1],
        ["b", 1],
      ],
      [["a", 2]],
      [
        ["a", 3],
        ["b", 5],
      ],
    ]);
  });

  it("starts from initialState and honours numPartitions", async () => {
    const parts: number[] = [];
    const run = await runBatches([[["a", 1]], []] as P[][], (s) => {
      const st = s.updateStateByKey(runningSum, {
        initialState: [
          ["z", 10],
          ["a", 100],
        ],
        numPartitions: 3,
      });
      st.foreachRDD((rdd) => parts.push(rdd.getNumPartitions()));
      return st;
    });
    expect(run.records.map(byKey)).toEqual([
      [
        ["a", 101],
        ["z", 10],
      ],
      [
        ["a", 101],
        ["z", 10],
      ],
    ]);
    expect(parts).toEqual([3, 3]);
  });

  it("requires checkpointing, with Spark's message", async () => {
    await expect(
      runBatches([[["a", 1]]] as P[][], (s) => s.updateStateByKey(runningSum), { checkpoint: false }),
    ).rejects.toThrow(
      "requirement failed: The checkpoint directory has not been set. Please set it by StreamingContext.checkpoint().",
    );
  });

  it("cuts its lineage at checkpoint times (every 10 s by default) so it does not grow", async () => {
    const lineageLines: number[] = [];
    const input = Array.from({ length: 12 }, (_, i) => [["k", i]] as P[]);
    await runBatches(input, (s) => {
      const state = s.updateStateByKey(runningSum);
      state.foreachRDD((rdd) => {
        rdd.collect();
        const rddLines = rdd.toDebugString().split("\n");
        lineageLines.push(rddLines.filter((l) => !l.includes("CachedPartitions")).length);
      });
      return state;
    });
    expect(lineageLines[8]).toBeGreaterThan(lineageLines[1]); // grows batch by batch until 10 s
    expect(lineageLines[9]).toBe(1); // the checkpointed RDD at 10 s has no lineage left
    expect(lineageLines[11]).toBeLessThan(lineageLines[8]);
  });

  it("reports the number of keys it holds", async () => {
    const sizes: (number | undefined)[] = [];
    await runBatches([[["a", 1]], [["b", 1]], []] as P[][], (s, ssc) => {
      const state = s.updateStateByKey(runningSum) as unknown as HoldsState;
      ssc.addStreamingListener({ onBatchCompleted: (info) => sizes.push(state.stateSize(info.batchTime)) });
      return state as never;
    });
    expect(sizes).toEqual([1, 2, 2]);
  });
});
