// The analysed logical plan of a query: one node per document node, each with its output schema.
// A column may carry Spark's event-time mark (EventTimeWatermark.delayKey): set by withWatermark, kept
// by references and aliases, and given to the window column of a window over a marked column.
import type { Expr } from "../sql/ast";
import type { Field } from "../sql/ddl";
import type { Compiled, Row } from "../sql/evaluate";

export interface PlanField extends Field {
  /** The watermark delay, when this is an event-time column (Spark's column metadata). */
  eventTimeDelayMs?: number;
}

export type SourceKind =
  | "memoryStream"
  | "socket"
  | "rate"
  | "sensorReadings"
  | "clickStream"
  | "files"
  | "staticTable";

interface Base {
  nodeId: string;
  schema: PlanField[];
  /** True when a streaming source is below (Spark's isStreaming). */
  streaming: boolean;
}

export interface SourcePlan extends Base {
  op: "source";
  source: SourceKind;
  params: Record<string, unknown>;
  /** Static rows (staticTable). */
  rows?: Row[];
}

export interface ProjectPlan extends Base {
  op: "project";
  child: Plan;
  exprs: Compiled[];
  /** Index of the generator (explode) in exprs, if any: one output row per element. */
  generator?: number;
}

export interface FilterPlan extends Base {
  op: "filter";
  child: Plan;
  condition: Compiled;
}

export interface WatermarkPlan extends Base {
  op: "watermark";
  child: Plan;
  column: number;
  delayMs: number;
}

export type AggFn = "count" | "sum" | "avg" | "min" | "max";

export interface AggSpec {
  fn: AggFn;
  /** null: count(*) */
  arg: Compiled | null;
  type: Field["type"];
}

export interface AggregatePlan extends Base {
  op: "aggregate";
  child: Plan;
  window?: { column: number; lengthMs: number; slideMs: number };
  keys: Compiled[];
  aggs: AggSpec[];
  /** Index in `schema` of the event-time key (the window, or a marked key column), if any. */
  eventTimeKey?: number;
}

export interface DedupPlan extends Base {
  op: "dedup";
  child: Plan;
  keys: number[];
  /** The event-time column of the child (late rows dropped), and whether it is among the keys (eviction). */
  eventTime?: { column: number; inKeys: boolean };
}

export type JoinType = "inner" | "left_outer" | "right_outer" | "full_outer" | "left_semi" | "left_anti";

export interface JoinPlan extends Base {
  op: "join";
  left: Plan;
  right: Plan;
  how: JoinType;
  leftKeys: number[];
  rightKeys: number[];
}

export type Plan =
  | SourcePlan
  | ProjectPlan
  | FilterPlan
  | WatermarkPlan
  | AggregatePlan
  | DedupPlan
  | JoinPlan;

export const children = (p: Plan): Plan[] =>
  p.op === "source" ? [] : p.op === "join" ? [p.left, p.right] : [p.child];

/** Every node of the plan, children before parents (Spark's foreachUp order). */
export function postOrder(p: Plan, out: Plan[] = []): Plan[] {
  for (const c of children(p)) postOrder(c, out);
  out.push(p);
  return out;
}

export type { Expr };
