// Storage of a stream's RDDs: cache, persist and checkpoint. Each returns its input stream itself (as
// Spark's do), marked to keep every batch's RDD once computed, e.g. for a stream read by two branches.
import type { NodeKindSpec, PipelineIssue } from "../types";
import { call, duration, value } from "./api";
import { durationParam, formatDuration } from "./params";

/** The same DStream marked for storage: it keeps its input's pairs, value types and slide. */
const storage = {
  category: "transformation",
  inputs: { min: 1, max: 1 },
  requiresPairInput: false,
  output: "same-as-input",
} as const;

export const cache: NodeKindSpec = {
  ...storage,
  kind: "cache",
  label: "cache",
  api: { ...call("cache"), keepsValueType: true },
  sparkMethod: "DStream.cache",
  doc: "Keeps every batch's RDD once computed, at the default level MEMORY_ONLY_SER (DStream.cache, the same as persist()).",
  needsCheckpoint: false,
  params: [],
};

/** Spark's StorageLevel names (org.apache.spark.storage.StorageLevel); the engine keeps all in memory. */
const levels: Record<string, string> = {
  MEMORY_ONLY_SER: "Memory, serialized (DStream's default)",
  MEMORY_ONLY: "Memory, deserialized",
  MEMORY_ONLY_2: "Memory, deserialized, 2 replicas",
  MEMORY_ONLY_SER_2: "Memory, serialized, 2 replicas",
  MEMORY_AND_DISK: "Memory and disk",
  MEMORY_AND_DISK_SER: "Memory and disk, serialized",
  MEMORY_AND_DISK_2: "Memory and disk, 2 replicas",
  MEMORY_AND_DISK_SER_2: "Memory and disk, serialized, 2 replicas",
  DISK_ONLY: "Disk only",
  DISK_ONLY_2: "Disk only, 2 replicas",
  OFF_HEAP: "Off-heap memory",
};

export const persist: NodeKindSpec = {
  ...storage,
  kind: "persist",
  label: "persist",
  api: { ...call("persist", value("storageLevel")), keepsValueType: true },
  sparkMethod: "DStream.persist",
  doc: "Keeps every batch's RDD once computed at a storage level (DStream.persist(level)); the simulation holds every level in memory.",
  needsCheckpoint: false,
  params: [
    {
      name: "storageLevel",
      label: "Storage level",
      param: { type: "enum", options: Object.entries(levels).map(([v, label]) => ({ value: v, label })) },
      default: "MEMORY_ONLY_SER",
      doc: "Spark's StorageLevel; DStream.persist() without one uses MEMORY_ONLY_SER.",
    },
  ],
  summary: (p) => String(p.storageLevel),
};

export const checkpoint: NodeKindSpec = {
  ...storage,
  kind: "checkpoint",
  label: "checkpoint",
  api: { ...call("checkpoint", duration("intervalMs")), keepsValueType: true },
  sparkMethod: "DStream.checkpoint",
  doc: "Persists the stream and checkpoints its RDDs every interval (DStream.checkpoint); needs the checkpoint directory.",
  needsCheckpoint: true,
  params: [
    durationParam(
      "intervalMs",
      "Interval",
      10_000,
      "How often the RDDs are checkpointed (Spark's checkpoint interval): a multiple of the input's slide duration.",
    ),
  ],
  inputIssues: (params, input) => checkpointIntervalIssues(params.intervalMs, input),
  summary: (p) => `every ${formatDuration(p.intervalMs)}`,
};

/** Spark's DStream.validateAtStart checks of a checkpoint interval against the stream's slide. */
export function checkpointIntervalIssues(
  interval: unknown,
  input: { name: string; slideMs: number },
): Omit<PipelineIssue, "nodeId">[] {
  if (typeof interval !== "number" || !Number.isFinite(interval) || interval <= 0) return [];
  const [cp, slide] = [`${interval} ms`, `${input.slideMs} ms`];
  const prefix = `The checkpoint interval for ${input.name} has been set to`;
  if (interval < input.slideMs)
    return [
      {
        severity: "error",
        param: "intervalMs",
        message: `${prefix} ${cp} which is lower than its slide time (${slide}). Please set it to at least ${slide}.`,
      },
    ];
  if (interval % input.slideMs !== 0)
    return [
      {
        severity: "error",
        param: "intervalMs",
        // Spark's own double space (its message joins "set to " and " $interval").
        message: `${prefix}  ${cp} which not a multiple of its slide time (${slide}). Please set it to a multiple of ${slide}.`,
      },
    ];
  return [];
}

export const storageOps = [cache, persist, checkpoint];
