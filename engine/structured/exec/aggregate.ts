// Streaming aggregation with state across triggers, as Spark's StateStoreSaveExec per output mode:
//   complete: every group after this batch, never evicted, late rows counted;
//   update:   late groups dropped (watermark of the previous batch), then the groups this batch
//             changed, then groups whose event time the current watermark has passed are evicted;
//   append:   late groups dropped, then the evicted groups (final: the watermark passed them).
// Late and evicted compare the window's end (or the event-time key) with `<=`, as Spark.
import type { OutputMode } from "../../protocol/structured";
import type { AggregatePlan, AggSpec } from "../plan/logical";
import type { Row, Value } from "../sql/evaluate";
import { keyOf, type Tuple } from "./tuple";
import { windowsOf } from "./windows";

type Buffer = { n: number; sum: number; seen: boolean; min: Value; max: Value };

export interface GroupState {
  key: Row;
  buffers: Buffer[];
  /** Rows counted, for the plot's window boxes. */
  rows: number;
}

export interface AggregateMetrics {
  numRowsTotal: number;
  numRowsUpdated: number;
  numRowsRemoved: number;
  numRowsDroppedByWatermark: number;
}

const less = (a: Value, b: Value) =>
  typeof a === "number" && typeof b === "number" ? a < b : String(a) < String(b);

function update(b: Buffer, spec: AggSpec, v: Value): void {
  if (spec.arg === null) {
    b.n++;
    return;
  }
  if (v === null) return;
  b.n++;
  b.seen = true;
  if (spec.fn === "sum" || spec.fn === "avg") b.sum += v as number;
  if (b.min === null || less(v, b.min)) b.min = v;
  if (b.max === null || less(b.max, v)) b.max = v;
}

function merge(into: Buffer, b: Buffer): void {
  into.n += b.n;
  into.sum += b.sum;
  into.seen ||= b.seen;
  if (b.min !== null && (into.min === null || less(b.min, into.min))) into.min = b.min;
  if (b.max !== null && (into.max === null || less(into.max, b.max))) into.max = b.max;
}

function result(b: Buffer, spec: AggSpec): Value {
  switch (spec.fn) {
    case "count":
      return b.n;
    case "sum":
      return b.seen ? b.sum : null;
    case "avg":
      return b.n > 0 ? b.sum / b.n : null;
    case "min":
      return b.min;
    case "max":
      return b.max;
  }
}

const fresh = (n: number): Buffer[] =>
  Array.from({ length: n }, () => ({ n: 0, sum: 0, seen: false, min: null, max: null }));

export class AggregateState {
  readonly groups = new Map<string, GroupState>();
  /** Groups evicted or emitted by the last batch (append: emitted rows), for the plot. */
  lastEvicted: GroupState[] = [];
  constructor(readonly plan: AggregatePlan) {}

  /** The event time a group is judged by: its window's end, or its event-time key. */
  private eventTimeOf(key: Row): number | null {
    const i = this.plan.eventTimeKey;
    if (i === undefined) return null;
    const v = key[i];
    if (v === null) return null;
    return typeof v === "object" && !Array.isArray(v) ? v.end : (v as number);
  }

  output(g: GroupState): Row {
    return [...g.key, ...this.plan.aggs.map((s, i) => result(g.buffers[i], s))];
  }

  run(
    input: Tuple[],
    mode: OutputMode,
    watermark: { lateMs: number; evictionMs: number } | undefined,
  ): { rows: Tuple[]; metrics: AggregateMetrics } {
    const plan = this.plan;
    // 1. this batch's partial aggregates, one per group (Spark's partial + merge HashAggregate)
    const partial = new Map<string, GroupState & { arrivalMs: number }>();
    for (const t of input) {
      const keys = plan.keys.map((k) => k.eval(t.v));
      const windows = plan.window
        ? windowsOf(t.v[plan.window.column] as number, plan.window.lengthMs, plan.window.slideMs)
        : [null];
      if (plan.window && t.v[plan.window.column] === null) continue;
      for (const w of windows) {
        const key = w ? [w, ...keys] : keys;
        const k = keyOf(key);
        let g = partial.get(k);
        if (!g)
          partial.set(k, (g = { key, buffers: fresh(plan.aggs.length), rows: 0, arrivalMs: t.arrivalMs }));
        g.rows++;
        g.arrivalMs = Math.max(g.arrivalMs, t.arrivalMs);
        plan.aggs.forEach((s, i) => {
          update(g.buffers[i], s, s.arg ? s.arg.eval(t.v) : null);
        });
      }
    }
    // a global aggregation (no keys, no window) of an empty batch still yields its one group, with the
    // aggregates' initial values (Spark's HashAggregate without grouping), so the state counts it updated
    if (plan.keys.length === 0 && !plan.window && partial.size === 0)
      partial.set(keyOf([]), { key: [], buffers: fresh(plan.aggs.length), rows: 0, arrivalMs: 0 });
    // 2. late groups dropped (append and update), by the previous batch's watermark
    let dropped = 0;
    const updated: (GroupState & { arrivalMs: number })[] = [];
    for (const [k, g] of partial) {
      const et = this.eventTimeOf(g.key);
      if (mode !== "complete" && watermark && et !== null && et <= watermark.lateMs) {
        dropped++;
        continue;
      }
      const state = this.groups.get(k);
      if (state) {
        plan.aggs.forEach((_, i) => {
          merge(state.buffers[i], g.buffers[i]);
        });
        state.rows += g.rows;
        updated.push({ ...state, arrivalMs: g.arrivalMs });
      } else {
        this.groups.set(k, { key: g.key, buffers: g.buffers, rows: g.rows });
        updated.push(g);
      }
    }
    // 3. output and eviction
    const evicted: GroupState[] = [];
    if (mode !== "complete" && watermark && plan.eventTimeKey !== undefined) {
      for (const [k, g] of this.groups) {
        const et = this.eventTimeOf(g.key);
        if (et !== null && et <= watermark.evictionMs) {
          this.groups.delete(k);
          evicted.push(g);
        }
      }
    }
    this.lastEvicted = evicted;
    const rows: Tuple[] =
      mode === "complete"
        ? [...this.groups.values()].map((g) => ({ v: this.output(g), arrivalMs: 0 }))
        : mode === "update"
          ? updated.map((g) => ({ v: this.output(g), arrivalMs: g.arrivalMs }))
          : evicted.map((g) => ({ v: this.output(g), arrivalMs: 0 }));
    return {
      rows,
      metrics: {
        numRowsTotal: this.groups.size,
        numRowsUpdated: updated.length,
        numRowsRemoved: evicted.length,
        numRowsDroppedByWatermark: dropped,
      },
    };
  }
}
