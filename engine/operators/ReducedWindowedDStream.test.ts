import { describe, expect, it } from "vitest";
import { byKey, runBatches } from "../testing/runBatches";

// Tables from Spark's WindowOperationsSuite (window 2 s, slide 1 s unless said).
type P = [string, number];
const add = (a: number, b: number) => a + b;
const sub = (a: number, b: number) => a - b;

const bigInput: P[][] = [
  [["a", 1]],
  [
    ["a", 1],
    ["b", 1],
  ],
  [
    ["a", 1],
    ["b", 1],
    ["c", 1],
  ],
  [
    ["a", 1],
    ["b", 1],
  ],
  [["a", 1]],
  [],
  [["a", 1]],
  [
    ["a", 1],
    ["b", 1],
  ],
  [
    ["a", 1],
    ["b", 1],
    ["c", 1],
  ],
  [
    ["a", 1],
    ["b", 1],
  ],
  [["a", 1]],
  [],
];
const bigReduceOutput: P[][] = [
  [["a", 1]],
  [
    ["a", 2],
    ["b", 1],
  ],
  [
    ["a", 2],
    ["b", 2],
    ["c", 1],
  ],
  [
    ["a", 2],
    ["b", 2],
    ["c", 1],
  ],
  [
    ["a", 2],
    ["b", 1],
  ],
  [["a", 1]],
  [["a", 1]],
  [
    ["a", 2],
    ["b", 1],
  ],
  [
    ["a", 2],
    ["b", 2],
    ["c", 1],
  ],
  [
    ["a", 2],
    ["b", 2],
    ["c", 1],
  ],
  [
    ["a", 2],
    ["b", 1],
  ],
  [["a", 1]],
];
// With an inverse function and no filter, keys stay in the window with value 0.
const bigReduceInvOutput: P[][] = [
  [["a", 1]],
  [
    ["a", 2],
    ["b", 1],
  ],
  [
    ["a", 2],
    ["b", 2],
    ["c", 1],
  ],
  [
    ["a", 2],
    ["b", 2],
    ["c", 1],
  ],
  [
    ["a", 2],
    ["b", 1],
    ["c", 0],
  ],
  [
    ["a", 1],
    ["b", 0],
    ["c", 0],
  ],
  [
    ["a", 1],
    ["b", 0],
    ["c", 0],
  ],
  [
    ["a", 2],
    ["b", 1],
    ["c", 0],
  ],
  [
    ["a", 2],
    ["b", 2],
    ["c", 1],
  ],
  [
    ["a", 2],
    ["b", 2],
    ["c", 1],
  ],
  [
    ["a", 2],
    ["b", 1],
    ["c", 0],
  ],
  [
    ["a", 1],
    ["b", 0],
    ["c", 0],
  ],
];
const largerSlideInput: P[][] = [
  [["a", 1]],
  [["a", 2]],
  [["a", 3]],
  [["a", 4]],
  [["a", 5]],
  [["a", 6]],
  [],
  [],
];
const largerSlideOutput: P[][] = [[["a", 3]], [["a", 10]], [["a", 18]], [["a", 11]]];

describe("reduceByKeyAndWindow without inverse", () => {
  it("keys leave the window when their values do", async () => {
    const run = await runBatches(bigInput, (s) => s.reduceByKeyAndWindow(add, 2000, 1000));
    expect(run.records.map(byKey)).toEqual(bigReduceOutput);
  });

  it("key removed from window", async () => {
    const input: P[][] = [[["a", 1]], [["a", 1]], [], []];
    const run = await runBatches(input, (s) => s.reduceByKeyAndWindow(add, 2000));
    expect(run.records.map(byKey)).toEqual([[["a", 1]], [["a", 2]], [["a", 1]], []]);
  });

  it("larger slide (4 s / 2 s)", async () => {
    const run = await runBatches(largerSlideInput, (s) => s.reduceByKeyAndWindow(add, 4000, 2000));
    expect(run.records.map(byKey)).toEqual(largerSlideOutput);
  });
});

describe("reduceByKeyAndWindow with inverse", () => {
  it("leaves keys at 0 unless filterFunc removes them", async () => {
    const run = await runBatches(bigInput, (s) => s.reduceByKeyAndWindow(add, sub, 2000, 1000));
    expect(run.records.map(byKey)).toEqual(bigReduceInvOutput);
    const filtered = await runBatches(bigInput, (s) =>
      s.reduceByKeyAndWindow(add, sub, 2000, 1000, undefined, ([, v]: P) => v !== 0),
    );
    expect(filtered.records.map(byKey)).toEqual(bigReduceOutput);
  });

  it("key removed from window stays at 0", async () => {
    const input: P[][] = [[["a", 1]], [["a", 1]], [], []];
    const run = await runBatches(input, (s) => s.reduceByKeyAndWindow(add, sub, 2000, 1000));
    expect(run.records.map(byKey)).toEqual([[["a", 1]], [["a", 2]], [["a", 1]], [["a", 0]]]);
  });

  it("larger slide (4 s / 2 s) subtracts the old batches and adds the new ones", async () => {
    const run = await runBatches(largerSlideInput, (s) => s.reduceByKeyAndWindow(add, sub, 4000, 2000));
    expect(run.outputs.map((o) => o.timeMs)).toEqual([2000, 4000, 6000, 8000]);
    expect(run.records.map(byKey)).toEqual(largerSlideOutput);
  });

  it("calls the inverse function only with values that left the window", async () => {
    const seen: [number, number][] = [];
    const inv = (a: number, b: number) => {
      seen.push([a, b]);
      return a - b;
    };
    await runBatches([[["a", 5]], [["a", 7]], [["a", 11]]] as P[][], (s) =>
      s.reduceByKeyAndWindow(add, inv, 2000, 1000, 1),
    );
    expect(seen).toEqual([[12, 5]]); // at 3 s: previous window (5 + 7) minus the batch at 1 s
  });

  it("uses numPartitions for its output", async () => {
    const parts: number[] = [];
    await runBatches(bigInput.slice(0, 2), (s) => {
      const w = s.reduceByKeyAndWindow(add, sub, 2000, 1000, 3);
      w.foreachRDD((rdd) => parts.push(rdd.getNumPartitions()));
      return w;
    });
    expect(parts).toEqual([3, 3]);
  });

  it("requires checkpointing, with Spark's message", async () => {
    await expect(
      runBatches(bigInput, (s) => s.reduceByKeyAndWindow(add, sub, 2000, 1000), { checkpoint: false }),
    ).rejects.toThrow(
      "requirement failed: The checkpoint directory has not been set. Please set it by StreamingContext.checkpoint().",
    );
  });

  it("checks durations with Spark's ReducedWindowedDStream messages", async () => {
    await expect(runBatches(bigInput, (s) => s.reduceByKeyAndWindow(add, sub, 2500, 1000))).rejects.toThrow(
      "requirement failed: The window duration of ReducedWindowedDStream (2500 ms) must be multiple of the slide duration of parent DStream (1000 ms)",
    );
    await expect(runBatches(bigInput, (s) => s.reduceByKeyAndWindow(add, sub, 2000, 1500))).rejects.toThrow(
      "requirement failed: The slide duration of ReducedWindowedDStream (1500 ms) must be multiple of the slide duration of parent DStream (1000 ms)",
    );
  });

  it("keeps the per-batch values a long window subtracts later (raises the remember duration)", async () => {
    // 40 batches under a 30 s window: each step subtracts the batch from 30 s earlier, which must still
    // be there (a queue input cannot be recomputed: it would hand out its next batch instead).
    const input: P[][] = Array.from({ length: 40 }, (_, i) => [["a", i + 1]]);
    const run = await runBatches(input, (s) => s.reduceByKeyAndWindow(add, sub, 30_000, 1000));
    const windowSum = (i: number) => input.slice(Math.max(0, i - 29), i + 1).reduce((n, [[, v]]) => n + v, 0);
    expect(run.records.map((r) => r[0][1])).toEqual(input.map((_, i) => windowSum(i)));
  });
});
