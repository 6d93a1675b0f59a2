// Port of Spark's BasicOperationsSuite (streaming/src/test/scala/org/apache/spark/streaming/
// BasicOperationsSuite.scala): slice, and which generated RDDs are remembered, persisted and cleaned up.
import { describe, expect, it } from "vitest";
import type { DStream } from "../../core/DStream";
import type { RDD } from "../../core/rdd/index";
import { StreamingContext } from "../../scheduler/StreamingContext";
import { range, runStreams, SparkTestInputStream } from "./testSuiteBase.testkit";

describe("BasicOperationsSuite (Spark): slice and RDD cleanup", () => {
  const runningSum = (values: number[], state: number | undefined) =>
    values.reduce((a, b) => a + b, 0) + (state ?? 0);

  it("slice", async () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000, out: () => {} });
    const stream = new SparkTestInputStream(ssc, [[1], [2], [3], [4]], 2);
    stream.foreachRDD(() => {});
    ssc.start();
    const slice = (from: number, to: number) =>
      new Set(stream.slice(from, to).flatMap((rdd) => rdd.collect()));
    expect(slice(0, 1000)).toEqual(new Set([1]));
    expect(slice(0, 2000)).toEqual(new Set([1, 2]));
    expect(slice(1000, 2000)).toEqual(new Set([1, 2]));
    expect(slice(2000, 4000)).toEqual(new Set([2, 3, 4]));
    ssc.stop();
  });

  it("slice - has not been initialized", () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000, out: () => {} });
    const stream = new SparkTestInputStream(ssc, [[1], [2], [3], [4]], 2);
    expect(() => stream.slice(0, 1000)).toThrow("has not been initialized");
    ssc.stop();
  });

  it("rdd cleanup - map and window: remember durations add up the windows", async () => {
    const input = range(0, 9).map((x) => [x, x + 1]);
    const streams: DStream<any>[] = [];
    const run = await runStreams(
      [input],
      ([s], ssc) => {
        ssc.remember(3000);
        const mapped = s.map((x: number): [number, number] => [x % 10, 1]);
        const w1 = mapped.window(2000, 1000);
        const w2 = w1.window(4000, 2000);
        streams.push(mapped, w1, w2);
        return w2;
      },
      10,
    );
    const [mapped, w1, w2] = streams;
    expect(run.output).toHaveLength(5);
    expect(w2.rememberDuration).toBe(3000);
    expect(w1.rememberDuration).toBe(3000 + 4000);
    expect(mapped.rememberDuration).toBe(3000 + 4000 + 2000);
    const has = (s: DStream<any>, t: number) => s.getGeneratedRDD(t) !== undefined;
    expect([has(w2, 10000), has(w2, 8000), has(w2, 6000)]).toEqual([true, true, false]);
    expect([has(w1, 10000), has(w1, 4000), has(w1, 3000)]).toEqual([true, true, false]);
    expect([has(mapped, 10000), has(mapped, 2000), has(mapped, 1000)]).toEqual([true, true, false]);
  });

  it("rdd cleanup - persisted RDDs: the latest stays persisted, the earliest is unpersisted", async () => {
    const input = range(1, 6).map((x) => [x]);
    const seen: RDD<string>[] = [];
    await runStreams(
      [input],
      ([s]) => {
        const mapped = (s as DStream<number>).map((x) => `${x}.`).persist();
        mapped.foreachRDD((rdd) => void seen.push(rdd));
        return mapped;
      },
      6,
    );
    expect(seen.at(-1)!.getStorageLevel()).toBe("Memory Deserialized 1x Replicated");
    expect(seen[0].getStorageLevel()).toBe("None");
  });

  it("a windowed stream computes each parent RDD once (WindowedDStream persists its parent)", async () => {
    let calls = 0;
    await runStreams(
      [[[1], [2], [3], [4], [5]]],
      ([s]) =>
        (s as DStream<number>)
          .map((x) => {
            calls++;
            return x;
          })
          .window(3000, 1000),
      5,
    );
    expect(calls).toBe(5);
  });

  it("rdd cleanup - updateStateByKey: remembers twice the checkpoint interval", async () => {
    const input = range(0, 9).map((x) => [x, x + 1]);
    let state: DStream<any> | undefined;
    await runStreams(
      [input],
      ([s]) => {
        state = s
          .map((x: number): [number, number] => [x, 1])
          .updateStateByKey(runningSum)
          .checkpoint(3000);
        return state;
      },
      10,
    );
    expect(state!.rememberDuration).toBe(6000);
    expect(state!.getGeneratedRDD(10000)).toBeDefined();
    expect(state!.getGeneratedRDD(4000)).toBeUndefined();
  });
});
