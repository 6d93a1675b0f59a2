import { describe, expect, it } from "vitest";
import { costModel } from "../../metrics/costModel";
import { RandomWordsReceiver } from "../../sources/generators/RandomWordsReceiver";
import { StreamingContext } from "../StreamingContext";
import { isBackpressureEnabled, setBackpressure } from "./backpressure";

// One core; every record costs 0.05 ms to read, 0.05 ms to map and 0.1 ms in the shuffle: about
// 0.2 ms a record, so the cluster keeps up with ~5,000 records/s on a 1 s batch interval.
const model = costModel({
  cluster: { executors: 1, coresPerExecutor: 1 },
  input: { perTaskMs: 0, perRecordMs: 0.05 },
  narrow: { perTaskMs: 0, perRecordMs: 0.05 },
  shuffle: { perTaskMs: 0, perRecordMs: 0.1 },
  jobOverheadMs: 0,
});

function wordCount(recordsPerSecond: number) {
  const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual", processingTimeModel: model });
  const receiver = new RandomWordsReceiver({
    recordsPerSecond,
    seed: 7,
    wordsPerLine: 1,
    vocabularySize: 20,
  });
  ssc
    .receiverStream(receiver)
    .map((w): [string, number] => [w, 1])
    .reduceByKey((a, b) => a + b)
    .foreachRDD((rdd) => rdd.collect());
  return { ssc, receiver };
}

const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]);

describe("backpressure", () => {
  it("input above capacity: processing time passes the interval and scheduling delay grows batch by batch", async () => {
    const { ssc } = wordCount(8000);
    ssc.start();
    try {
      await ssc.advance(8);
      // Slow batches queue: only those the clock has seen end are completed.
      const infos = ssc.completedBatches;
      expect(infos.length).toBeGreaterThanOrEqual(4);
      expect(ssc.queuedBatches.length).toBeGreaterThan(0);
      expect(infos.every((i) => i.processingDelay! > 1000)).toBe(true);
      const delays = infos.map((i) => i.schedulingDelay!);
      expect(delays[0]).toBe(0);
      expect(increasing(delays)).toBe(true);
    } finally {
      ssc.stop();
    }
  });

  it("turned on, the PID estimator lowers the rate below capacity and the delay comes back down", async () => {
    const { ssc, receiver } = wordCount(8000);
    ssc.start();
    try {
      await ssc.advance(5);
      const before = ssc.completedBatches.map((i) => i.schedulingDelay!);
      expect(increasing(before)).toBe(true);
      setBackpressure(ssc, true);
      expect(isBackpressureEnabled(ssc)).toBe(true);
      await ssc.advance(25);
      const after = ssc.completedBatches.slice(before.length).map((i) => i.schedulingDelay!);
      const peak = Math.max(...before, ...after);
      // Batches already queued keep their records: the delay peaks once they drain, e.g. completed before
      // [0, 600], after [1200, ..., 4200, 3840, 3360, ..., 168, 0, 0, ...]
      const fromPeak = after.slice(after.indexOf(peak));
      expect(fromPeak.every((d, i) => i === 0 || d <= fromPeak[i - 1])).toBe(true);
      expect(after.at(-1)!).toBeLessThan(peak / 4);
      expect(receiver.getRateLimit()!).toBeLessThan(5000 * 1.05); // about capacity, or below
      expect(receiver.effectiveRate()).toBeLessThan(8000);

      setBackpressure(ssc, false);
      expect(receiver.getRateLimit()).toBeUndefined();
      expect(receiver.effectiveRate()).toBe(8000);
    } finally {
      ssc.stop();
    }
  });

  it("initialRate bounds the receiver before the first estimate", () => {
    const { ssc, receiver } = wordCount(8000);
    setBackpressure(ssc, true, { initialRate: 1000 });
    expect(receiver.effectiveRate()).toBe(1000);
  });
});
