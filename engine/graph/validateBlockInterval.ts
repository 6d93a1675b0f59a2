// The document's block interval (Spark's spark.streaming.blockInterval), checked as Spark does: its
// BlockGenerator only requires a positive value, so a positive whole number of ms is the one error. Spark
// runs a block interval longer than the batch interval, or under the programming guide's recommended
// minimum (~50 ms), without a word; both are warnings here, so the user learns why parallelism looks odd.
import { DEFAULT_BLOCK_INTERVAL_MS, type PipelineDocument, type PipelineIssue } from "./types";

/** The programming guide, "Level of Parallelism in Data Receiving": below this, task launching overheads. */
export const RECOMMENDED_MIN_BLOCK_INTERVAL_MS = 50;

/** The block interval a document runs with: its own, or Spark's default. */
export function blockIntervalOf(doc: Pick<PipelineDocument, "blockIntervalMs">): number {
  return doc.blockIntervalMs ?? DEFAULT_BLOCK_INTERVAL_MS;
}

/** Why a value can't be a block interval, or undefined when it can. */
export function blockIntervalProblem(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return undefined;
  const shown = typeof value === "number" ? String(value) : JSON.stringify(value);
  return `The block interval must be a positive whole number of milliseconds, got ${shown} ('spark.streaming.blockInterval' should be a positive value)`;
}

export function blockIntervalIssues(doc: PipelineDocument): PipelineIssue[] {
  if (doc.blockIntervalMs === undefined) return [];
  const at = { param: "blockIntervalMs" } as const;
  const problem = blockIntervalProblem(doc.blockIntervalMs);
  if (problem) return [{ severity: "error", message: problem, ...at }];
  const block = doc.blockIntervalMs;
  const batch = doc.batchIntervalMs;
  if (block > batch) {
    return [
      {
        severity: "warning",
        message: `The block interval (${block} ms) is longer than the batch interval (${batch} ms): Spark allows it, but each batch then gets at most one block (one partition) per receiver, and in Spark some batches get none.`,
        ...at,
      },
    ];
  }
  if (block < RECOMMENDED_MIN_BLOCK_INTERVAL_MS) {
    const tasks = Math.floor(batch / block);
    return [
      {
        severity: "warning",
        message: `The block interval (${block} ms) is below Spark's recommended minimum of about ${RECOMMENDED_MIN_BLOCK_INTERVAL_MS} ms: ${batch} ms / ${block} ms = ${tasks} tasks per batch per receiver, and task launching overheads may be a problem.`,
        ...at,
      },
    ];
  }
  return [];
}
