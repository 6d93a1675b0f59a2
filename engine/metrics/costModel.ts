// A simulated cluster, so that processing time means something in a simulation. Each stream's work costs a
// fixed amount per task plus an amount per record, shuffles costing more. Streams are grouped into stages
// as Spark does: a shuffle (or an input) starts a stage, narrow operators join their parent's stage and run
// in the same tasks. A stage has one task per partition; executors x cores tasks run at once, so a stage
// takes ceil(tasks / slots) waves of its slowest task:
//
//   stage time = waves * (taskFixedMs + recordsPerTask * sum of its operators' per-record ms)
//   batch time = jobOverheadMs + sum of stage times
import type { BatchWork, StreamWork } from "./BatchWork";

export interface OperatorCost {
  /** Fixed ms per task: scheduling, deserialising the task, for a shuffle also fetching blocks. */
  perTaskMs: number;
  /** ms per record this operator touches. */
  perRecordMs: number;
}

export interface ClusterSpec {
  executors: number;
  coresPerExecutor: number;
}

export interface CostModelOptions {
  cluster: ClusterSpec;
  /** Cost of narrow operators (map, filter, window unions, outputs, ...). */
  narrow?: OperatorCost;
  /** Cost of a stream whose RDD needed a shuffle (reduceByKey, joins, state, ...). */
  shuffle?: OperatorCost;
  /** Cost of reading input records (receiver blocks, queues). */
  input?: OperatorCost;
  /** Per-stream overrides by Spark class name, e.g. { StateDStream: {...} }. */
  byStream?: Record<string, OperatorCost>;
  /** Fixed ms per batch (job submission). */
  jobOverheadMs?: number;
}

export const DEFAULT_COSTS = {
  narrow: { perTaskMs: 0.5, perRecordMs: 0.002 },
  shuffle: { perTaskMs: 5, perRecordMs: 0.01 },
  input: { perTaskMs: 1, perRecordMs: 0.001 },
  jobOverheadMs: 5,
} as const;

export interface StageCost {
  /** Stream ids in the stage, first the one that started it. */
  streamIds: number[];
  tasks: number;
  waves: number;
  timeMs: number;
}

/** Parallel task slots of the cluster (at least 1). */
export const taskSlots = (cluster: ClusterSpec): number =>
  Math.max(1, Math.floor(cluster.executors) * Math.floor(cluster.coresPerExecutor));

/** Waves needed to run `tasks` tasks on the cluster. */
export const waves = (tasks: number, cluster: ClusterSpec): number =>
  Math.ceil(Math.max(0, tasks) / taskSlots(cluster));

/** Partitions computed this batch (a stream no job needed computed none; print may compute a few). */
function computedPartitions(s: StreamWork): number {
  if (s.partitionCounts) return s.partitionCounts.filter((c) => c !== undefined).length;
  return s.isInput || s.recordsOut !== undefined ? s.numPartitions : 0;
}

/** Records a stream touches: the larger of what it read and what it produced. */
function recordsOf(s: StreamWork): number {
  const produced = s.partitionCounts
    ? s.partitionCounts.reduce<number>((n, c) => n + (c ?? 0), 0)
    : (s.recordsOut ?? 0);
  return Math.max(s.recordsIn ?? 0, produced);
}

/**
 * Groups the batch's computed streams into stages: inputs and shuffles start one, narrow streams join
 * their parent's. Streams that nothing computed this batch (no output needed them) cost nothing.
 */
export function groupStages(work: BatchWork): StreamWork[][] {
  const stageOf = new Map<number, StreamWork[]>();
  const stages: StreamWork[][] = [];
  for (const s of work.streams) {
    if (computedPartitions(s) === 0) continue;
    const parent = s.parentIds.map((id) => stageOf.get(id)).find((st) => st !== undefined);
    const stage = s.isInput || s.shuffled || !parent ? [] : parent;
    if (stage.length === 0) stages.push(stage);
    stage.push(s);
    stageOf.set(s.id, stage);
  }
  return stages;
}

export function costStages(work: BatchWork, options: CostModelOptions): StageCost[] {
  const costOf = (s: StreamWork): OperatorCost =>
    options.byStream?.[s.name] ??
    (s.isInput
      ? (options.input ?? DEFAULT_COSTS.input)
      : s.shuffled
        ? (options.shuffle ?? DEFAULT_COSTS.shuffle)
        : (options.narrow ?? DEFAULT_COSTS.narrow));
  return groupStages(work).map((stage) => {
    const tasks = Math.max(1, ...stage.map(computedPartitions));
    // The stage's first stream sets the fixed per-task cost: fused narrow operators share its tasks.
    const fixed = costOf(stage[0]).perTaskMs;
    const perTask = stage.reduce((ms, s) => ms + (recordsOf(s) / tasks) * costOf(s).perRecordMs, fixed);
    const w = waves(tasks, options.cluster);
    return { streamIds: stage.map((s) => s.id), tasks, waves: w, timeMs: w * perTask };
  });
}

/** The simulated processing time of a batch, in ms. */
export function simulatedProcessingTime(work: BatchWork, options: CostModelOptions): number {
  const stages = costStages(work, options);
  return (options.jobOverheadMs ?? DEFAULT_COSTS.jobOverheadMs) + stages.reduce((ms, s) => ms + s.timeMs, 0);
}

/** A StreamingContext `processingTimeModel` for the given cluster. */
export const costModel =
  (options: CostModelOptions) =>
  (work: BatchWork): number =>
    simulatedProcessingTime(work, options);
