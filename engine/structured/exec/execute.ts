// One batch through a query's plan: rows flow up from the sources; stateful operators keep their state
// here between batches; the watermark operators gather the event-time statistics Spark's
// EventTimeWatermarkExec gathers, from which the next watermark is computed.
import type { OutputMode } from "../../protocol/structured";
import type { Plan } from "../plan/logical";
import { type AggregateMetrics, AggregateState } from "./aggregate";
import { DedupState } from "./dedup";
import { keyOf, type Tuple } from "./tuple";

export interface EventTimeStats {
  max: number;
  min: number;
  sum: number;
  count: number;
}

export interface BatchContext {
  /** New rows per source node this batch. */
  input: Map<string, Tuple[]>;
  mode: OutputMode;
  /** Undefined when the query has no watermark. */
  watermark?: { lateMs: number; evictionMs: number };
}

export interface OperatorReport {
  nodeId: string;
  operatorName: string;
  metrics: AggregateMetrics;
}

export class PlanExecution {
  readonly aggregates = new Map<string, AggregateState>();
  readonly dedups = new Map<string, DedupState>();
  /** Per watermark node, this batch's event-time statistics and the rows that passed it. */
  stats = new Map<string, EventTimeStats>();
  watermarkRows = new Map<string, Tuple[]>();
  reports: OperatorReport[] = [];

  run(plan: Plan, ctx: BatchContext): Tuple[] {
    this.stats = new Map();
    this.watermarkRows = new Map();
    this.reports = [];
    return this.exec(plan, ctx);
  }

  private exec(p: Plan, ctx: BatchContext): Tuple[] {
    switch (p.op) {
      case "source":
        return p.rows ? p.rows.map((v) => ({ v, arrivalMs: 0 })) : (ctx.input.get(p.nodeId) ?? []);
      case "project": {
        const rows = this.exec(p.child, ctx);
        const out: Tuple[] = [];
        for (const t of rows) {
          const values = p.exprs.map((e) => e.eval(t.v));
          if (p.generator === undefined) out.push({ v: values, arrivalMs: t.arrivalMs });
          else {
            const items = values[p.generator];
            if (!Array.isArray(items)) continue;
            for (const item of items) {
              const v = values.slice();
              v[p.generator] = item;
              out.push({ v, arrivalMs: t.arrivalMs });
            }
          }
        }
        return out;
      }
      case "filter":
        return this.exec(p.child, ctx).filter((t) => p.condition.eval(t.v) === true);
      case "watermark": {
        const rows = this.exec(p.child, ctx);
        const s: EventTimeStats = {
          max: Number.NEGATIVE_INFINITY,
          min: Number.POSITIVE_INFINITY,
          sum: 0,
          count: 0,
        };
        for (const t of rows) {
          const et = t.v[p.column];
          if (typeof et !== "number") continue;
          s.count++;
          s.sum += et;
          if (et > s.max) s.max = et;
          if (et < s.min) s.min = et;
        }
        this.stats.set(p.nodeId, s);
        this.watermarkRows.set(p.nodeId, rows);
        return rows;
      }
      case "aggregate": {
        let state = this.aggregates.get(p.nodeId);
        if (!state) this.aggregates.set(p.nodeId, (state = new AggregateState(p)));
        const r = state.run(this.exec(p.child, ctx), ctx.mode, ctx.watermark);
        this.reports.push({ nodeId: p.nodeId, operatorName: "stateStoreSave", metrics: r.metrics });
        return r.rows;
      }
      case "dedup": {
        let state = this.dedups.get(p.nodeId);
        if (!state) this.dedups.set(p.nodeId, (state = new DedupState(p)));
        const r = state.run(this.exec(p.child, ctx), ctx.watermark);
        this.reports.push({ nodeId: p.nodeId, operatorName: "dedupe", metrics: r.metrics });
        return r.rows;
      }
      case "join": {
        const left = this.exec(p.left, ctx);
        const right = this.exec(p.right, ctx);
        const index = new Map<string, Tuple[]>();
        for (const t of right) {
          const k = keyOf(p.rightKeys.map((i) => t.v[i]));
          if (p.rightKeys.some((i) => t.v[i] === null)) continue;
          index.set(k, [...(index.get(k) ?? []), t]);
        }
        const restL = (t: Tuple) => t.v.filter((_, i) => !p.leftKeys.includes(i));
        const restR = (t: Tuple) => t.v.filter((_, i) => !p.rightKeys.includes(i));
        const rightWidth = p.right.schema.length - p.rightKeys.length;
        const leftWidth = p.left.schema.length - p.leftKeys.length;
        const out: Tuple[] = [];
        const matchedRight = new Set<Tuple>();
        for (const l of left) {
          const keyVals = p.leftKeys.map((i) => l.v[i]);
          const matches = keyVals.some((v) => v === null) ? [] : (index.get(keyOf(keyVals)) ?? []);
          if (p.how === "left_semi" || p.how === "left_anti") {
            if ((matches.length > 0) === (p.how === "left_semi"))
              out.push({ v: [...keyVals, ...restL(l)], arrivalMs: l.arrivalMs });
            continue;
          }
          for (const r of matches) {
            matchedRight.add(r);
            out.push({
              v: [...keyVals, ...restL(l), ...restR(r)],
              arrivalMs: Math.max(l.arrivalMs, r.arrivalMs),
            });
          }
          if (matches.length === 0 && (p.how === "left_outer" || p.how === "full_outer"))
            out.push({
              v: [...keyVals, ...restL(l), ...Array(rightWidth).fill(null)],
              arrivalMs: l.arrivalMs,
            });
        }
        if (p.how === "right_outer" || p.how === "full_outer")
          for (const r of right)
            if (!matchedRight.has(r))
              out.push({
                v: [...p.rightKeys.map((i) => r.v[i]), ...Array(leftWidth).fill(null), ...restR(r)],
                arrivalMs: r.arrivalMs,
              });
        return out;
      }
    }
  }
}
