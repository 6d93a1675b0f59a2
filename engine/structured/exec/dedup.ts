// dropDuplicates across triggers, as Spark's StreamingDeduplicateExec: rows whose event time is at or
// behind the previous batch's watermark are dropped as late; a key not seen before passes and is kept;
// keys whose event time (when it is one of the keys) the current watermark has passed are forgotten.
import type { DedupPlan } from "../plan/logical";
import type { AggregateMetrics } from "./aggregate";
import { keyOf, type Tuple } from "./tuple";

export class DedupState {
  readonly seen = new Map<string, number | null>();
  constructor(readonly plan: DedupPlan) {}

  run(
    input: Tuple[],
    watermark: { lateMs: number; evictionMs: number } | undefined,
  ): { rows: Tuple[]; metrics: AggregateMetrics } {
    const { keys, eventTime } = this.plan;
    let dropped = 0;
    let updated = 0;
    const rows: Tuple[] = [];
    for (const t of input) {
      const et = eventTime ? (t.v[eventTime.column] as number | null) : null;
      if (watermark && eventTime && et !== null && et <= watermark.lateMs) {
        dropped++;
        continue;
      }
      const k = keyOf(keys.map((i) => t.v[i]));
      if (this.seen.has(k)) continue;
      this.seen.set(k, et);
      updated++;
      rows.push(t);
    }
    let removed = 0;
    if (watermark && eventTime?.inKeys) {
      for (const [k, et] of this.seen) {
        if (et !== null && et <= watermark.evictionMs) {
          this.seen.delete(k);
          removed++;
        }
      }
    }
    return {
      rows,
      metrics: {
        numRowsTotal: this.seen.size,
        numRowsUpdated: updated,
        numRowsRemoved: removed,
        numRowsDroppedByWatermark: dropped,
      },
    };
  }
}
