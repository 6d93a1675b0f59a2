import { describe, expect, it } from "vitest";
import type { JobInfo } from "../../../../engine/protocol/messages";
import { layoutDag } from "./dagLayout";

// parallelize [0] -> map [1] ==shuffle==> ShuffledRDD [2] -> map [3]; stage 0 (map), stage 1 (result).
const job: JobInfo = {
  jobId: 0,
  callSite: "take",
  status: "succeeded",
  truncated: false,
  rdds: [
    {
      id: 0,
      className: "ParallelCollectionRDD",
      callSite: "parallelize",
      numPartitions: 2,
      cached: false,
      parents: [],
    },
    {
      id: 1,
      className: "MapPartitionsRDD",
      callSite: "map",
      numPartitions: 2,
      cached: false,
      parents: [{ id: 0, shuffle: false }],
    },
    {
      id: 2,
      className: "ShuffledRDD",
      callSite: "reduceByKey",
      numPartitions: 2,
      cached: false,
      parents: [{ id: 1, shuffle: true }],
    },
    {
      id: 3,
      className: "MapPartitionsRDD",
      callSite: "map",
      numPartitions: 2,
      cached: true,
      parents: [{ id: 2, shuffle: false }],
    },
  ],
  stages: [
    {
      stageId: 0,
      name: "map",
      kind: "shuffleMap",
      numTasks: 2,
      status: "skipped",
      parentStageIds: [],
      rddIds: [1, 0],
    },
    {
      stageId: 1,
      name: "take",
      kind: "result",
      numTasks: 1,
      status: "succeeded",
      parentStageIds: [0],
      rddIds: [3, 2],
    },
  ],
};

describe("layoutDag", () => {
  it("puts parent stages to the left and RDDs top to bottom in creation order", () => {
    const dag = layoutDag(job);
    const [mapStage, resultStage] = dag.stages;
    expect(mapStage.x).toBeLessThan(resultStage.x);
    const node = (k: string) => dag.nodes.find((n) => n.key === k)!;
    expect(node("0:0").y).toBeLessThan(node("0:1").y);
    expect(node("1:2").y).toBeLessThan(node("1:3").y);
    expect(node("1:3").label).toBe("MapPartitionsRDD [3]");
  });

  it("draws narrow edges inside a stage and the shuffle edge between stages", () => {
    const dag = layoutDag(job);
    expect(dag.edges.map((e) => [e.from, e.to, e.shuffle])).toEqual([
      ["0:0", "0:1", false],
      ["0:1", "1:2", true],
      ["1:2", "1:3", false],
    ]);
    expect(dag.width).toBeGreaterThan(2 * 176);
  });
});
