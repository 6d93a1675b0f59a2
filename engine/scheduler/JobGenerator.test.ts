import { afterEach, describe, expect, it } from "vitest";
import type { BatchInfo } from "../metrics/BatchInfo";
import type { BatchWork } from "../metrics/BatchWork";
import { StreamingContext } from "./StreamingContext";

let ssc: StreamingContext | undefined;
afterEach(() => ssc?.stop());

describe("batches, BatchInfo and listeners", () => {
  it("records Spark's BatchInfo and calls listeners in order", async () => {
    ssc = new StreamingContext({ batchIntervalMs: 1000, processingTimeModel: () => 200 });
    const events: string[] = [];
    ssc.addStreamingListener({
      onBatchSubmitted: (i) => events.push(`submitted ${i.batchTime}`),
      onBatchStarted: (i) => events.push(`started ${i.batchTime}`),
      onBatchCompleted: (i) => events.push(`completed ${i.batchTime}`),
    });
    ssc
      .queueStream([[1, 2, 3], [4]])
      .count()
      .foreachRDD(() => {});
    ssc.start();
    const infos = await ssc.advance(2);
    // Batch 2000 ends at 2200 on the simulated clock: it completes once the clock gets there.
    expect(events.at(-1)).toBe("started 2000");
    await ssc.advanceClockTo(2200);
    expect(events).toEqual([
      "submitted 1000",
      "started 1000",
      "completed 1000",
      "submitted 2000",
      "started 2000",
      "completed 2000",
    ]);
    expect(infos[0]).toMatchObject({
      batchTime: 1000,
      numRecords: 0, // as in Spark, queueStream reports no input info
      submissionTime: 1000,
      processingStartTime: 1000,
      processingEndTime: 1200,
      schedulingDelay: 0,
      processingDelay: 200,
      totalDelay: 200,
    });
    expect(infos[1].numOutputOps).toBe(1);
  });

  it("scheduling delay grows when processing takes longer than the interval", async () => {
    ssc = new StreamingContext({ batchIntervalMs: 1000, processingTimeModel: () => 1500 });
    ssc.queueStream<number>([]).foreachRDD(() => {});
    ssc.start();
    // Batch 3000 waits for batch 2000, which ends at 4000.
    const infos: BatchInfo[] = (await ssc.advance(4)).slice(0, 3);
    expect(infos.map((i) => i.schedulingDelay)).toEqual([0, 500, 1000]);
    expect(infos.map((i) => i.totalDelay)).toEqual([1500, 2000, 2500]);
  });

  it("describes the batch's work to the processing-time model", async () => {
    const works: BatchWork[] = [];
    ssc = new StreamingContext({
      batchIntervalMs: 1000,
      processingTimeModel: (w) => {
        works.push(w);
        return 1;
      },
    });
    ssc
      .queueStream([["a b", "a"]])
      .flatMap((l) => l.split(" "))
      .map((w): [string, number] => [w, 1])
      .reduceByKey((a, b) => a + b)
      .foreachRDD((rdd) => rdd.collect());
    ssc.start();
    await ssc.advance(1);
    const streams = works[0].streams.map((s) => [s.name, s.recordsIn, s.recordsOut, s.shuffled, s.isInput]);
    expect(streams).toEqual([
      ["QueueInputDStream", undefined, 2, false, true],
      ["FlatMappedDStream", 2, 3, false, false],
      ["MappedDStream", 3, 3, false, false],
      ["ShuffledDStream", 3, 2, true, false],
    ]);
    expect(works[0].numInputRecords).toBe(0); // BatchInfo.numRecords: queueStream reports none (Spark)
    expect(works[0].streams[3].parentIds).toEqual([works[0].streams[2].id]);
  });

  it("forgets RDDs older than the remember duration, keeps the current one for observers", async () => {
    ssc = new StreamingContext({ batchIntervalMs: 1000 });
    const mapped = ssc.queueStream([[1], [2], [3]]).map((x) => x * 2);
    mapped.foreachRDD(() => {});
    ssc.start();
    await ssc.advance(3);
    expect(mapped.generatedTimes()).toEqual([3000]);
    expect(mapped.getGeneratedRDD(3000)?.collect()).toEqual([6]);
    expect(mapped.getGeneratedRDD(1000)).toBeUndefined();
  });

  it("ssc.remember keeps more history", async () => {
    ssc = new StreamingContext({ batchIntervalMs: 1000 });
    const mapped = ssc.queueStream([[1], [2], [3]]).map((x) => x * 2);
    mapped.foreachRDD(() => {});
    ssc.remember(2000);
    ssc.start();
    await ssc.advance(3);
    expect(mapped.generatedTimes()).toEqual([2000, 3000]);
  });
});
