import { describe, expect, it } from "vitest";
import type { BatchWork, StreamWork } from "./BatchWork";
import { costStages, groupStages, simulatedProcessingTime, taskSlots, waves } from "./costModel";

const stream = (id: number, over: Partial<StreamWork>): StreamWork => ({
  id,
  name: "MappedDStream",
  numPartitions: 2,
  parentIds: [],
  shuffled: false,
  isInput: false,
  ...over,
});
const work = (streams: StreamWork[]): BatchWork => ({
  batchTime: 1000,
  batchIntervalMs: 1000,
  numInputRecords: 0,
  streams,
  measuredComputeMs: 3,
});
const flat = { perTaskMs: 0, perRecordMs: 0 };
const unit = { perTaskMs: 10, perRecordMs: 1 };

// input(0) -> map(1) -> reduceByKey(2, shuffled) -> foreachRDD(3)
const wordCount = (records: number, partitions = 2) =>
  work([
    stream(0, { name: "QueueInputDStream", isInput: true, recordsOut: records, numPartitions: partitions }),
    stream(1, { parentIds: [0], recordsIn: records, recordsOut: records, numPartitions: partitions }),
    stream(2, { name: "ShuffledDStream", parentIds: [1], shuffled: true, recordsIn: records, recordsOut: 3 }),
    stream(3, { name: "ForEachDStream", parentIds: [2], recordsIn: 3, recordsOut: 3 }),
  ]);

describe("cost model", () => {
  it("runs executors x cores tasks at once: waves = ceil(tasks / slots)", () => {
    const cluster = { executors: 2, coresPerExecutor: 2 };
    expect(taskSlots(cluster)).toBe(4);
    expect([1, 4, 5, 8, 9].map((t) => waves(t, cluster))).toEqual([1, 1, 2, 2, 3]);
  });

  it("groups narrow streams into their parent's stage; inputs and shuffles start stages", () => {
    expect(groupStages(wordCount(10)).map((st) => st.map((s) => s.id))).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it("costs a stage as waves x (fixed per task + records per task x per-record cost)", () => {
    const options = {
      cluster: { executors: 1, coresPerExecutor: 1 },
      narrow: unit,
      input: unit,
      shuffle: unit,
    };
    const stages = costStages(wordCount(100, 4), options);
    // stage 1: 4 tasks on 1 slot, each 10 + (100/4 input + 100/4 map) = 60 ms -> 240 ms
    expect(stages[0]).toEqual({ streamIds: [0, 1], tasks: 4, waves: 4, timeMs: 240 });
    // stage 2: 2 tasks, each 10 + 100/2 (shuffle read) + 3/2 (output) = 61.5 ms -> 123 ms
    expect(stages[1]).toEqual({ streamIds: [2, 3], tasks: 2, waves: 2, timeMs: 123 });
    expect(simulatedProcessingTime(wordCount(100, 4), { ...options, jobOverheadMs: 7 })).toBe(370);
  });

  it("more cores shorten a batch; more records lengthen it; shuffles cost more than narrow work", () => {
    const small = { cluster: { executors: 1, coresPerExecutor: 1 } };
    const big = { cluster: { executors: 4, coresPerExecutor: 2 } };
    expect(simulatedProcessingTime(wordCount(1000, 8), big)).toBeLessThan(
      simulatedProcessingTime(wordCount(1000, 8), small),
    );
    expect(simulatedProcessingTime(wordCount(100_000), small)).toBeGreaterThan(
      simulatedProcessingTime(wordCount(1000), small),
    );
    const narrowOnly = work([stream(0, { recordsIn: 1000, recordsOut: 1000 })]);
    const shuffled = work([stream(0, { recordsIn: 1000, recordsOut: 1000, shuffled: true })]);
    const cluster = { executors: 1, coresPerExecutor: 2 };
    expect(simulatedProcessingTime(shuffled, { cluster })).toBeGreaterThan(
      simulatedProcessingTime(narrowOnly, { cluster }),
    );
  });

  it("costs only what was computed: streams no job needed, and partitions print() did not read", () => {
    const options = {
      cluster: { executors: 1, coresPerExecutor: 1 },
      narrow: unit,
      input: unit,
      shuffle: unit,
      jobOverheadMs: 0,
    };
    const unused = work([
      stream(0, { isInput: true, recordsOut: 10 }),
      stream(1, { parentIds: [0], recordsIn: 10, partitionCounts: [undefined, undefined] }),
    ]);
    expect(costStages(unused, options).map((s) => s.streamIds)).toEqual([[0]]);
    const printed = work([
      stream(0, { shuffled: true, numPartitions: 4, partitionCounts: [6, undefined, undefined, undefined] }),
    ]);
    expect(costStages(printed, options)).toEqual([{ streamIds: [0], tasks: 1, waves: 1, timeMs: 10 + 6 }]);
  });

  it("uses per-stream overrides by Spark class name", () => {
    const options = {
      cluster: { executors: 1, coresPerExecutor: 1 },
      narrow: flat,
      input: flat,
      shuffle: flat,
      jobOverheadMs: 0,
    };
    expect(simulatedProcessingTime(wordCount(10), options)).toBe(0);
    expect(simulatedProcessingTime(wordCount(10), { ...options, byStream: { ShuffledDStream: unit } })).toBe(
      2 * (10 + 5),
    );
  });
});
