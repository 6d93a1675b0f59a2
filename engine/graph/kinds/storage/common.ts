// Storage of a stream's RDDs: cache, persist and checkpoint. Each returns its input stream itself (as
// Spark's do), marked to keep every batch's RDD once computed, e.g. for a stream read by two branches.
import type { PipelineIssue } from "../../types";

/** The same DStream marked for storage: it keeps its input's pairs, value types and slide. */
export const storage = {
  category: "transformation",
  inputs: { min: 1, max: 1 },
  requiresPairInput: false,
  output: "same-as-input",
} as const;

/** Spark's StorageLevel names (org.apache.spark.storage.StorageLevel); the engine keeps all in memory. */
export const levels: Record<string, string> = {
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
