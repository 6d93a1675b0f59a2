// A job's stages and DAG from the lineage of its final RDD, as Spark's DAGScheduler cuts them: the result
// stage holds the final RDD and its narrow ancestors; every shuffle dependency ends a stage, and the
// shuffled parent's side is a ShuffleMapStage of its own. A map stage whose shuffle output is already
// there (computed by an earlier job, as Spark keeps shuffle files) is skipped.
//
//   ParallelCollectionRDD -> MapPartitionsRDD ==shuffle==> ShuffledRDD -> MapPartitionsRDD   (take)
//   '--------- stage 3 (shuffleMap) ---------'            '------- stage 4 (result) -------'
import type { RDD } from "../core/rdd/RDD";
import type { RddNodeInfo, StageInfo } from "./batchDetail";

/** Ids of map stages, one per shuffle dependency, kept for the RDD's life: a later job reuses them. */
export class StageIds {
  private next = 0;
  private readonly mapStages = new WeakMap<RDD<unknown>, number[]>();

  newId(): number {
    return this.next++;
  }

  /** The map stage feeding `shuffled`'s `dep`-th dependency: undefined until one is made. */
  mapStage(shuffled: RDD<unknown>, dep: number): number | undefined {
    return this.mapStages.get(shuffled)?.[dep];
  }

  setMapStage(shuffled: RDD<unknown>, dep: number, id: number): void {
    const ids = this.mapStages.get(shuffled) ?? [];
    ids[dep] = id;
    this.mapStages.set(shuffled, ids);
  }
}

export interface JobGraph {
  stages: StageInfo[];
  rdds: RddNodeInfo[];
  truncated: boolean;
  /** The RDD whose shuffle each map stage produces (to tell, once the job ends, whether it ran). */
  shuffledOf: Map<number, RDD<unknown>>;
}

export interface JobGraphLimits {
  maxRdds: number;
  maxStages: number;
}

export function jobGraph(
  finalRdd: RDD<unknown>,
  callSite: string,
  numTasks: number,
  ids: StageIds,
  limits: JobGraphLimits,
): JobGraph {
  const rdds = new Map<number, RddNodeInfo>();
  const stages: StageInfo[] = [];
  const shuffledOf = new Map<number, RDD<unknown>>();
  let truncated = false;

  const node = (rdd: RDD<unknown>): RddNodeInfo | undefined => {
    const known = rdds.get(rdd.id);
    if (known) return known;
    if (rdds.size >= limits.maxRdds) {
      truncated = true;
      return undefined;
    }
    const info: RddNodeInfo = {
      id: rdd.id,
      className: rdd.className,
      callSite: rdd.creationSite,
      numPartitions: rdd.numPartitions,
      cached: rdd.isPersisted,
      parents: rdd.dependencies.map((d) => ({ id: d.rdd.id, shuffle: d.shuffle })),
    };
    rdds.set(rdd.id, info);
    return info;
  };

  /** Builds the stage ending at `last` (its parents first, so their ids are lower, as Spark's). */
  const buildStage = (
    last: RDD<unknown>,
    make: (rddIds: number[], parentStageIds: number[]) => StageInfo,
  ): StageInfo => {
    const rddIds: number[] = [];
    const parentStageIds: number[] = [];
    const seen = new Set<number>();
    const stack = [last];
    while (stack.length > 0) {
      const rdd = stack.pop()!;
      if (seen.has(rdd.id) || !node(rdd)) continue;
      seen.add(rdd.id);
      rddIds.push(rdd.id);
      rdd.dependencies.forEach((dep, i) => {
        if (!dep.shuffle) stack.push(dep.rdd);
        else if (stages.length < limits.maxStages) parentStageIds.push(mapStage(rdd, i, dep.rdd).stageId);
        else truncated = true;
      });
    }
    const stage = make(rddIds, parentStageIds);
    stages.push(stage);
    return stage;
  };

  const mapStage = (shuffled: RDD<unknown>, dep: number, parent: RDD<unknown>): StageInfo => {
    const existingId = ids.mapStage(shuffled, dep);
    const inJob = stages.find((s) => s.stageId === existingId);
    if (inJob) return inJob;
    const skipped = shuffled.shuffleOutputReady;
    return buildStage(parent, (rddIds, parentStageIds) => {
      const stageId = existingId ?? ids.newId();
      ids.setMapStage(shuffled, dep, stageId);
      shuffledOf.set(stageId, shuffled);
      return {
        stageId,
        name: parent.creationSite,
        kind: "shuffleMap",
        numTasks: parent.numPartitions,
        status: skipped ? "skipped" : "running",
        parentStageIds,
        rddIds,
      };
    });
  };

  buildStage(finalRdd, (rddIds, parentStageIds) => ({
    stageId: ids.newId(),
    name: callSite,
    kind: "result",
    numTasks,
    status: "running",
    parentStageIds,
    rddIds,
  }));
  return { stages, rdds: [...rdds.values()], truncated, shuffledOf };
}

/**
 * Stage states once the job ended: a map stage succeeded when its shuffle output is there. A job that
 * succeeded without running a stage (a cached RDD after it held every partition) skipped it, as Spark's
 * UI says of every stage a job did not need; on failure, the first stage that did not finish failed and
 * the ones after it never ran.
 */
export function settleStages(graph: JobGraph, failed: boolean): void {
  let failureSeen = false;
  for (const stage of graph.stages) {
    if (stage.status === "skipped") continue;
    const done =
      stage.kind === "shuffleMap" ? graph.shuffledOf.get(stage.stageId)?.shuffleOutputReady : !failed;
    if (done) stage.status = "succeeded";
    else if (!failed) stage.status = "skipped";
    else if (!failureSeen) {
      stage.status = "failed";
      failureSeen = true;
    } else stage.status = "notRun";
  }
}
