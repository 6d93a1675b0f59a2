import { describe, expect, it } from "vitest";
import type { DStream } from "../core/DStream";
import { StreamingContext } from "../scheduler/StreamingContext";
import { RandomWordsReceiver } from "../sources/generators/RandomWordsReceiver";
import { byKey, runBatches } from "../testing/runBatches";
import { runTimedBatches } from "./timedInput.testkit";

// Tables from Spark's WindowOperationsSuite (batch interval 1 s, zero time 0, batch k at k s).
const six = [[0], [1], [2], [3], [4], [5]];

describe("window", () => {
  it("basic window (2 s / 1 s): each output covers (t - 2 s, t], partial at the start", async () => {
    const run = await runBatches(six, (s) => s.window(2000, 1000));
    expect(run.records.map(byKey)).toEqual([[0], [0, 1], [1, 2], [2, 3], [3, 4], [4, 5]]);
  });

  it("slide 2 over interval 1 emits on every 2nd batch only", async () => {
    const run = await runBatches(six, (s) => s.window(2000, 2000));
    expect(run.outputs.map((o) => o.timeMs)).toEqual([2000, 4000, 6000]);
    expect(run.records.map(byKey)).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
  });

  it("larger window (4 s / 2 s)", async () => {
    const run = await runBatches([...six, [], []], (s) => s.window(4000, 2000));
    expect(run.records.map(byKey)).toEqual([
      [0, 1],
      [0, 1, 2, 3],
      [2, 3, 4, 5],
      [4, 5],
    ]);
  });

  it("non-overlapping window (2 s / 3 s) skips the batches between windows", async () => {
    const run = await runTimedBatches(six, (s) => s.window(2000, 3000));
    expect(run.outputs.map((o) => o.timeMs)).toEqual([3000, 6000]);
    expect(run.records.map(byKey)).toEqual([
      [1, 2],
      [4, 5],
    ]);
  });

  it("window(w) slides with the parent", async () => {
    const run = await runBatches(six.slice(0, 3), (s) => s.window(3000));
    expect(run.records.map(byKey)).toEqual([[0], [0, 1], [0, 1, 2]]);
  });

  it("refuses a window or slide that is not a multiple of the parent's slide, with Spark's message", async () => {
    await expect(runBatches(six, (s) => s.window(1500, 1000))).rejects.toThrow(
      "The window duration of windowed DStream (1500 ms) must be a multiple of the slide duration of parent DStream (1000 ms)",
    );
    await expect(runBatches(six, (s) => s.window(2000, 500))).rejects.toThrow(
      "The slide duration of windowed DStream (500 ms) must be a multiple of the slide duration of parent DStream (1000 ms)",
    );
    await expect(runBatches(six, (s) => s.window(4000, 2000).window(6000, 3000))).rejects.toThrow(
      "The slide duration of windowed DStream (3000 ms) must be a multiple of the slide duration of parent DStream (2000 ms)",
    );
  });

  it("does not need checkpointing", async () => {
    const run = await runBatches(six, (s) => s.window(2000, 1000), { checkpoint: false });
    expect(run.outputs).toHaveLength(6);
  });

  it("makes its parent remember RDDs for an extra window length, and forget older ones", async () => {
    let parent: DStream<number> | undefined;
    const input = Array.from({ length: 8 }, (_, i) => [i]);
    const run = await runBatches(input, (s) => {
      parent = s;
      return s.window(3000, 1000);
    });
    expect(run.records.at(-1)).toEqual([5, 6, 7]);
    // remember = window's remember (its slide, 1 s) + window (3 s): times after 8 s - 4 s
    expect(parent!.generatedTimes()).toEqual([5000, 6000, 7000, 8000]);
  });

  it("a receiver under a window that slides every 2 batches still gets its blocks every batch", async () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual" });
    const seen: number[] = [];
    ssc
      .receiverStream(new RandomWordsReceiver({ recordsPerSecond: 5, seed: 1 }))
      .window(2000, 2000)
      .foreachRDD((rdd) => seen.push(rdd.count()));
    ssc.start();
    try {
      const inputs: number[] = [];
      ssc.addBatchGeneratedHook((b) => inputs.push(Object.values(b.inputRecordsByStream)[0] ?? 0));
      const infos = await ssc.advance(4);
      expect(inputs).toEqual([5, 5, 5, 5]);
      // Spark drops the batches between slides (no jobs); their blocks go to no listener's BatchInfo.
      expect(infos.map((i) => [i.batchTime, i.numRecords])).toEqual([
        [2000, 5],
        [4000, 5],
      ]);
      expect(seen).toEqual([10, 10]);
    } finally {
      ssc.stop();
    }
  });
});
