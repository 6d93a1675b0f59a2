// Port of Spark's StreamingContextSuite: listener events of failed and empty batches, and the scheduler's
// batch times and BatchInfo (JobGenerator / JobScheduler, StreamingListenerSuite), on the manual clock.
import { afterEach, describe, expect, it } from "vitest";
import type { BatchInfo } from "../../metrics/BatchInfo";
import { StreamingContext } from "../StreamingContext";
import { addInputStream, newContext, stopAfterTest, stopContexts } from "./streamingContext.testkit";

afterEach(stopContexts);

describe("StreamingContextSuite (Spark): listener events of batches", () => {
  it("a failed job: BatchCompleted is still posted (with the failure), the error is reported, later batches run", async () => {
    const ssc = newContext(1000);
    const completed: [number, string | undefined][] = [];
    ssc.addStreamingListener({
      onBatchCompleted: (i) => void completed.push([i.batchTime, i.failureReason]),
    });
    addInputStream(ssc).foreachRDD((rdd) => {
      if (rdd.collect()[0] === 1) throw new Error("boom");
    });
    ssc.start();
    await expect(ssc.advance(1)).rejects.toThrow("boom");
    await ssc.advance(1);
    expect(completed).toEqual([
      [1000, "boom"],
      [2000, undefined],
    ]);
    expect(ssc.getState()).toBe("ACTIVE");
  });

  it("a batch with no jobs posts no listener events (JobScheduler.submitJobSet: 'No jobs added for time')", async () => {
    // Spark drops a JobSet without jobs (e.g. the batches between a window's slides) before posting
    // StreamingListenerBatchSubmitted, so listeners (and the Streaming UI) never see those batch times,
    // nor their input info. The engine's own hook still sees every batch time (the app charts them).
    const ssc = newContext(1000);
    const submitted: number[] = [];
    const generated: [number, number][] = [];
    ssc.addStreamingListener({ onBatchSubmitted: (i) => void submitted.push(i.batchTime) });
    ssc.addBatchGeneratedHook((b) => void generated.push([b.batchTime, b.numOutputOps]));
    addInputStream(ssc)
      .window(2000, 2000)
      .foreachRDD(() => {});
    ssc.start();
    await ssc.advance(4);
    expect(submitted).toEqual([2000, 4000]);
    expect(generated).toEqual([
      [1000, 0],
      [2000, 1],
      [3000, 0],
      [4000, 1],
    ]);
  });
});

describe("scheduler: batch times and BatchInfo (JobGenerator / JobScheduler)", () => {
  it("zero time is one interval before the first batch; batch k runs at k x interval", async () => {
    const ssc = newContext(500);
    const times: number[] = [];
    addInputStream(ssc).foreachRDD((_, t) => void times.push(t));
    ssc.start();
    await ssc.advance(3);
    expect(times).toEqual([500, 1000, 1500]);
  });

  it("batches queue one at a time (concurrentJobs = 1): scheduling delay grows when processing is slow", async () => {
    const ssc = new StreamingContext({
      batchIntervalMs: 1000,
      out: () => {},
      processingTimeModel: () => 2500,
    });
    stopAfterTest(ssc);
    const events: string[] = [];
    addInputStream(ssc).foreachRDD(() => {});
    ssc.addStreamingListener({
      onBatchSubmitted: (i) => void events.push(`submitted ${i.batchTime}`),
      onBatchStarted: (i) => void events.push(`started ${i.batchTime}`),
      onBatchCompleted: (i) => void events.push(`completed ${i.batchTime}`),
    });
    ssc.start();
    const infos: BatchInfo[] = await ssc.advance(3);
    // At 3000 batch 1000 is still processing (until 3500); 2000 and 3000 wait in the queue.
    expect(ssc.processingBatch?.batchTime).toBe(1000);
    expect(ssc.queuedBatches.map((i) => i.batchTime)).toEqual([2000, 3000]);
    expect(events).toEqual(["submitted 1000", "started 1000", "submitted 2000", "submitted 3000"]);
    expect(infos[1].processingStartTime).toBeUndefined();
    await ssc.advance(6); // to 9000: all three have ended by 8500
    expect(infos.map((i) => [i.submissionTime, i.processingStartTime, i.processingEndTime])).toEqual([
      [1000, 1000, 3500],
      [2000, 3500, 6000],
      [3000, 6000, 8500],
    ]);
    expect(infos.map((i) => [i.schedulingDelay, i.processingDelay, i.totalDelay])).toEqual([
      [0, 2500, 2500],
      [1500, 2500, 4000],
      [3000, 2500, 5500],
    ]);
    expect(events.slice(4, 7)).toEqual(["completed 1000", "started 2000", "submitted 4000"]);
  });

  it("batch info reporting (StreamingListenerSuite): delays appear as each stage happens", async () => {
    const ssc = newContext(1000);
    const submitted: BatchInfo[] = [];
    const started: BatchInfo[] = [];
    const completed: BatchInfo[] = [];
    ssc.addStreamingListener({
      onBatchSubmitted: (i) => void submitted.push(i),
      onBatchStarted: (i) => void started.push(i),
      onBatchCompleted: (i) => void completed.push(i),
    });
    ssc.queueStream([[1], [2], [3], [4]]).foreachRDD((rdd) => void rdd.count());
    ssc.start();
    await ssc.advance(4);
    expect([submitted.length, started.length, completed.length]).toEqual([4, 4, 4]);
    for (const info of submitted) {
      expect([info.schedulingDelay, info.processingDelay, info.totalDelay]).toEqual([
        undefined,
        undefined,
        undefined,
      ]);
      expect(info.numRecords).toBe(0); // queueStream reports no input info (Spark's QueueInputDStream)
    }
    const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]);
    expect(increasing(submitted.map((i) => i.submissionTime))).toBe(true);
    for (const info of started) {
      expect(info.schedulingDelay).toBeGreaterThanOrEqual(0);
      expect([info.processingDelay, info.totalDelay]).toEqual([undefined, undefined]);
    }
    for (const info of completed) {
      expect(info.schedulingDelay).toBeGreaterThanOrEqual(0);
      expect(info.processingDelay).toBeGreaterThanOrEqual(0);
      expect(info.totalDelay).toBeGreaterThanOrEqual(0);
    }
  });
});
