// Spark's StreamingQueryProgress for one batch, field for field (ProgressReporter): rates from the
// trigger's start times, eventTime from the watermark operators' statistics (only when the batch had
// data) plus the watermark in force, one StateOperatorProgress per stateful operator.
import type { StateOperatorProgress, StreamingQueryProgress } from "../../protocol/structured";
import type { EventTimeStats, OperatorReport } from "./execute";

/** Spark's progress timestamps: ISO-8601 in UTC with milliseconds. */
export const isoTime = (ms: number) => new Date(ms).toISOString();

/** Spark's default spark.sql.shuffle.partitions: the state store instances a stateful operator has. */
const SHUFFLE_PARTITIONS = 200;

export function stateOperatorProgress(r: OperatorReport): StateOperatorProgress {
  return {
    operatorName: r.operatorName,
    numRowsTotal: r.metrics.numRowsTotal,
    numRowsUpdated: r.metrics.numRowsUpdated,
    allUpdatesTimeMs: 0,
    numRowsRemoved: r.metrics.numRowsRemoved,
    allRemovalsTimeMs: 0,
    commitTimeMs: 0,
    memoryUsedBytes: 0,
    numRowsDroppedByWatermark: r.metrics.numRowsDroppedByWatermark,
    numShufflePartitions: SHUFFLE_PARTITIONS,
    numStateStoreInstances: SHUFFLE_PARTITIONS,
    customMetrics: {},
  };
}

/** eventTime: {avg, max, min} of the rows the watermark operators saw, and the batch's watermark. */
export function eventTimeOf(
  stats: EventTimeStats[],
  watermarkMs: number | undefined,
): StreamingQueryProgress["eventTime"] {
  const out: StreamingQueryProgress["eventTime"] = {};
  const seen = stats.filter((s) => s.count > 0);
  if (seen.length > 0) {
    const count = seen.reduce((a, s) => a + s.count, 0);
    const sum = seen.reduce((a, s) => a + s.sum, 0);
    out.avg = isoTime(Math.floor(sum / count));
    out.max = isoTime(Math.max(...seen.map((s) => s.max)));
    out.min = isoTime(Math.min(...seen.map((s) => s.min)));
  }
  if (watermarkMs !== undefined) out.watermark = isoTime(watermarkMs);
  return out;
}
