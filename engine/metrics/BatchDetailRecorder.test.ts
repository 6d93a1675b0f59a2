import { afterEach, describe, expect, it } from "vitest";
import { StreamingContext } from "../scheduler/StreamingContext";
import { BatchDetailRecorder } from "./BatchDetailRecorder";

let ssc: StreamingContext | undefined;
afterEach(() => ssc?.stop());

function recorded(context: StreamingContext, limits?: ConstructorParameters<typeof BatchDetailRecorder>[0]) {
  const recorder = new BatchDetailRecorder(limits);
  context.addStreamingListener(recorder);
  context.sparkContext.jobListeners.push(recorder);
  return recorder;
}

describe("BatchDetailRecorder: Spark's batch page data", () => {
  it("records each output operation with its jobs, and each job's stages cut at the shuffle", async () => {
    ssc = new StreamingContext({ batchIntervalMs: 1000, out: () => {} });
    const recorder = recorded(ssc);
    const counts = ssc
      .queueStream([["a b", "b c"]])
      .flatMap((l: string) => l.split(" "))
      .map((w: string) => [w, 1] as [string, number])
      .reduceByKey((a, b) => a + b);
    counts.print();
    let collected = 0;
    counts.foreachRDD((rdd) => {
      collected = rdd.collect().length;
      rdd.count();
    });
    ssc.start();
    await ssc.advance(1);
    expect(collected).toBe(3);
    const detail = recorder.get(1000)!;
    expect(detail.outputOps.map((o) => [o.id, o.name, o.status])).toEqual([
      [0, "print", "succeeded"],
      [1, "foreachRDD", "succeeded"],
    ]);
    const [printJob] = detail.outputOps[0].jobs;
    expect(printJob.callSite).toBe("take");
    expect(printJob.status).toBe("succeeded");
    const [mapStage, resultStage] = printJob.stages;
    expect(mapStage).toMatchObject({ kind: "shuffleMap", status: "succeeded" });
    expect(resultStage).toMatchObject({ kind: "result", name: "take", parentStageIds: [mapStage.stageId] });
    expect(resultStage.stageId).toBeGreaterThan(mapStage.stageId);
    const classOf = (id: number) => printJob.rdds.find((r) => r.id === id)!.className;
    expect(classOf(resultStage.rddIds[0])).toBe("ShuffledRDD");
    expect(mapStage.rddIds.map(classOf)).toContain("ParallelCollectionRDD");
    // foreachRDD's collect and count are two jobs; the shuffle already ran for print: its stage is skipped.
    const foreachJobs = detail.outputOps[1].jobs;
    expect(foreachJobs.map((j) => j.callSite)).toEqual(["collect", "count"]);
    expect(foreachJobs[0].stages[0]).toMatchObject({ stageId: mapStage.stageId, status: "skipped" });
  });

  it("take runs Spark's growing jobs: one partition first, then more", async () => {
    ssc = new StreamingContext({ batchIntervalMs: 1000 });
    const recorder = recorded(ssc);
    const data = ssc.sparkContext.parallelize([1, 2, 3, 4, 5, 6, 7, 8], 8);
    ssc.queueStream([data]).foreachRDD((rdd) => {
      expect(rdd.take(5)).toEqual([1, 2, 3, 4, 5]);
    });
    ssc.start();
    await ssc.advance(1);
    const jobs = recorder.get(1000)!.outputOps[0].jobs;
    // 1 partition gives 1 record; then min(ceil(1.5 * 4 * 1 / 1), 1 * 4) = 4 partitions give 4 more.
    expect(jobs.map((j) => j.stages.at(-1)!.numTasks)).toEqual([1, 4]);
  });

  it("marks a failed operation and its job with the error, the failing stage failed", async () => {
    ssc = new StreamingContext({ batchIntervalMs: 1000 });
    const recorder = recorded(ssc);
    ssc
      .queueStream([[1, 2]])
      .map((x: number) => {
        if (x === 2) throw new Error("boom on 2");
        return x;
      })
      .foreachRDD((rdd) => rdd.collect());
    ssc.start();
    await expect(ssc.advance(1)).rejects.toThrow("boom on 2");
    const [op] = recorder.get(1000)!.outputOps;
    expect(op).toMatchObject({ status: "failed", failureReason: "boom on 2" });
    expect(op.jobs[0]).toMatchObject({ status: "failed", failureReason: "boom on 2" });
    expect(op.jobs[0].stages.map((s) => s.status)).toEqual(["failed"]);
  });

  it("stays bounded: batches, jobs per operation and RDDs per job", async () => {
    ssc = new StreamingContext({ batchIntervalMs: 1000 });
    const recorder = recorded(ssc, { batches: 2, jobsPerOp: 3, rddsPerJob: 4, stagesPerJob: 24 });
    ssc
      .queueStream([[1], [2], [3]])
      .map((x: number) => x + 1)
      .map((x: number) => x + 1)
      .map((x: number) => x + 1)
      .map((x: number) => x + 1)
      .foreachRDD((rdd) => {
        for (let i = 0; i < 5; i++) rdd.count();
      });
    ssc.start();
    await ssc.advance(3);
    expect(recorder.get(1000)).toBeUndefined();
    const op = recorder.get(3000)!.outputOps[0];
    expect(op.jobs).toHaveLength(3);
    expect(op.jobsOmitted).toBe(2);
    expect(op.jobs[0].rdds).toHaveLength(4);
    expect(op.jobs[0].truncated).toBe(true);
  });

  it("ignores jobs outside an output operation", async () => {
    ssc = new StreamingContext({ batchIntervalMs: 1000 });
    const recorder = recorded(ssc);
    ssc.sparkContext.parallelize([1, 2]).count();
    expect(recorder.get(0)).toBeUndefined();
  });
});

describe("a windowed job's stages", () => {
  it("are each succeeded or skipped when the job succeeds: earlier batches' shuffles are not run again", async () => {
    ssc = new StreamingContext({ batchIntervalMs: 1000, out: () => {} });
    ssc.checkpoint("/tmp/checkpoint");
    const recorder = recorded(ssc);
    const batches = Array.from({ length: 6 }, (_, i) => [`a b${i}`, "a c"]);
    ssc
      .queueStream(batches)
      .flatMap((l: string) => l.split(" "))
      .map((w: string) => [w, 1] as [string, number])
      .reduceByKeyAndWindow(
        (a: number, b: number) => a + b,
        (a: number, b: number) => a - b,
        3000,
        1000,
      )
      .print();
    ssc.start();
    await ssc.advance(6);
    const jobs = recorder.get(6000)!.outputOps[0].jobs;
    const statuses = jobs.flatMap((j) => j.stages.map((s) => s.status));
    expect(jobs.every((j) => j.status === "succeeded")).toBe(true);
    expect(new Set(statuses)).toEqual(new Set(["succeeded", "skipped"]));
  });
});
