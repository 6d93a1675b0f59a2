// Analysis: a structured pipeline document becomes one logical plan per writeStream node, every column
// resolved and typed, and Spark's checks applied. A problem becomes an issue at the node that has it,
// in Spark's words (UNRESOLVED_COLUMN, UnsupportedOperationChecker, ...); nodes above it are not analysed.
import { buildTopology } from "../../graph/topology";
import type { PipelineDocument, PipelineIssue, PipelineNode } from "../../graph/types";
import type { OutputMode, TriggerKind } from "../../protocol/structured";
import { type Expr, FUNCTIONS } from "../sql/ast";
import { AnalysisError, type Compiled, compile, resolveColumn } from "../sql/evaluate";
import { parseInterval } from "../sql/interval";
import { autoName } from "../sql/names";
import { parseExpression, parseExpressionList, SqlSyntaxError } from "../sql/parse";
import type { AggFn, AggSpec, JoinType, Plan, PlanField } from "./logical";
import { SOURCE_KINDS, sourceSchema, typedRow } from "./sources";
import { unsupportedOperation } from "./unsupported";

export interface QueryPlan {
  sinkNodeId: string;
  name: string | null;
  plan: Plan;
  outputMode: OutputMode;
  trigger: TriggerKind;
  intervalMs: number;
  format: "console" | "memory";
  numRows: number;
  truncate: boolean;
}

export interface Analysis {
  queries: QueryPlan[];
  issues: PipelineIssue[];
}

class NodeProblem extends Error {}

const text = (v: unknown) => (typeof v === "string" ? v : "");

function intervalMs(v: unknown): number {
  const r = parseInterval(v);
  if (!r.ok) throw new AnalysisError(r.message);
  return r.ms;
}

function parseList(v: unknown): Expr[] {
  return text(v).trim() === "" ? [] : parseExpressionList(text(v));
}

const unalias = (e: Expr): Expr => (e.k === "alias" ? e.e : e);

function project(nodeId: string, child: Plan, exprs: Expr[]): Plan {
  const compiled: Compiled[] = [];
  const schema: PlanField[] = [];
  let generator: number | undefined;
  exprs.forEach((e, i) => {
    const inner = unalias(e);
    const name = autoName(e);
    if (inner.k === "col" && inner.name === "*") return;
    if (inner.k === "call" && inner.fn === "explode") {
      if (generator !== undefined)
        throw new AnalysisError(
          "[UNSUPPORTED_GENERATOR.MULTI_GENERATOR] The generator is not supported: only one generator allowed per select clause but found 2",
        );
      const arg = compile(inner.args[0], child.schema);
      if (arg.type !== "array")
        throw new AnalysisError(
          `[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve "explode(${autoName(inner.args[0])})" due to data type mismatch: the input should be an array`,
        );
      generator = i;
      compiled.push(arg);
      schema.push({ name, type: "string" });
      return;
    }
    const c = compile(inner, child.schema);
    compiled.push(c);
    const mark = c.source !== undefined ? child.schema[c.source].eventTimeDelayMs : undefined;
    schema.push({
      name,
      type: c.type === "null" ? "string" : c.type,
      ...(mark !== undefined ? { eventTimeDelayMs: mark } : {}),
    });
  });
  return {
    op: "project",
    nodeId,
    child,
    exprs: compiled,
    schema,
    streaming: child.streaming,
    ...(generator !== undefined ? { generator } : {}),
  };
}

function aggregates(v: unknown, fields: readonly PlanField[]): { specs: AggSpec[]; names: string[] } {
  const specs: AggSpec[] = [];
  const names: string[] = [];
  for (const e of parseList(v)) {
    const inner = unalias(e);
    if (inner.k !== "call" || !FUNCTIONS[inner.fn]?.aggregate)
      throw new AnalysisError(
        `[MISSING_AGGREGATION] The non-aggregating expression "${autoName(inner)}" is based on columns which are not participating in the GROUP BY clause. Use count(*), sum(col), avg(col), min(col) or max(col)`,
      );
    if (inner.distinct)
      throw new AnalysisError(
        "Distinct aggregations are not supported on streaming DataFrames/Datasets. Consider using approx_count_distinct() instead.",
      );
    const fn = inner.fn as AggFn;
    const arg = inner.args[0].k === "star" ? null : compile(inner.args[0], fields);
    if (arg === null && fn !== "count") throw new AnalysisError(`* is only allowed in count(*)`);
    if ((fn === "sum" || fn === "avg") && arg && !["int", "long", "double"].includes(arg.type))
      throw new AnalysisError(
        `[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve "${autoName(inner)}" due to data type mismatch: the first parameter requires the "NUMERIC" type, however "${autoName(inner.args[0])}" has the type "${arg.type.toUpperCase()}".`,
      );
    const type =
      fn === "count"
        ? "long"
        : fn === "avg"
          ? "double"
          : fn === "sum"
            ? arg!.type === "double"
              ? "double"
              : "long"
            : arg!.type;
    specs.push({ fn, arg, type });
    names.push(autoName(e));
  }
  if (specs.length === 0) throw new AnalysisError("groupBy needs at least one aggregate, e.g. count(*)");
  return { specs, names };
}

function groupBy(nodeId: string, child: Plan, p: Record<string, unknown>): Plan {
  const schema: PlanField[] = [];
  let window: { column: number; lengthMs: number; slideMs: number } | undefined;
  let eventTimeKey: number | undefined;
  if (text(p.windowColumn).trim() !== "") {
    const column = resolveColumn(text(p.windowColumn).trim(), child.schema);
    const f = child.schema[column];
    if (f.type !== "timestamp")
      throw new AnalysisError(
        `[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve "window(${f.name})" due to data type mismatch: the first parameter requires the "TIMESTAMP" type, however "${f.name}" has the type "${f.type.toUpperCase()}".`,
      );
    const lengthMs = intervalMs(p.windowDuration);
    const slideMs = text(p.slideDuration).trim() === "" ? lengthMs : intervalMs(p.slideDuration);
    if (lengthMs <= 0)
      throw new AnalysisError(`The window duration (${lengthMs} ms) must be greater than 0.`);
    if (slideMs <= 0) throw new AnalysisError(`The slide duration (${slideMs} ms) must be greater than 0.`);
    if (slideMs > lengthMs)
      throw new AnalysisError(
        `The slide duration (${slideMs} ms) must be less than or equal to the windowDuration (${lengthMs} ms).`,
      );
    window = { column, lengthMs, slideMs };
    schema.push({
      name: "window",
      type: "window",
      ...(f.eventTimeDelayMs !== undefined ? { eventTimeDelayMs: f.eventTimeDelayMs } : {}),
    });
    if (f.eventTimeDelayMs !== undefined) eventTimeKey = 0;
  }
  const keys: Compiled[] = [];
  for (const e of parseList(p.keys)) {
    const c = compile(unalias(e), child.schema);
    const mark = c.source !== undefined ? child.schema[c.source].eventTimeDelayMs : undefined;
    if (mark !== undefined && eventTimeKey === undefined) eventTimeKey = schema.length;
    keys.push(c);
    schema.push({
      name: autoName(e),
      type: c.type,
      ...(mark !== undefined ? { eventTimeDelayMs: mark } : {}),
    });
  }
  const { specs, names } = aggregates(p.aggs, child.schema);
  specs.forEach((s, i) => {
    schema.push({ name: names[i], type: s.type });
  });
  return {
    op: "aggregate",
    nodeId,
    child,
    keys,
    aggs: specs,
    schema,
    streaming: child.streaming,
    ...(window ? { window } : {}),
    ...(eventTimeKey !== undefined ? { eventTimeKey } : {}),
  };
}

function join(nodeId: string, left: Plan, right: Plan, p: Record<string, unknown>): Plan {
  const how = (text(p.how) || "inner") as JoinType;
  const on = text(p.on)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (on.length === 0) throw new AnalysisError("join needs at least one column name in On columns");
  const leftKeys = on.map((c) => resolveColumn(c, left.schema));
  const rightKeys = on.map((c) => resolveColumn(c, right.schema));
  const keyFields = on.map((_, i) =>
    how === "right_outer" ? right.schema[rightKeys[i]] : left.schema[leftKeys[i]],
  );
  const rest = (s: PlanField[], keys: number[]) => s.filter((_, i) => !keys.includes(i));
  const schema =
    how === "left_semi" || how === "left_anti"
      ? // Spark's USING join: the join columns first, then the left's others
        [...keyFields, ...rest(left.schema, leftKeys)]
      : [...keyFields, ...rest(left.schema, leftKeys), ...rest(right.schema, rightKeys)];
  if (left.streaming && right.streaming)
    throw new AnalysisError(
      "Both inputs of this join are streaming: the studio simulates stream-static joins only (Spark also runs stream-stream joins, with watermarks on both sides)",
    );
  return {
    op: "join",
    nodeId,
    left,
    right,
    how,
    leftKeys,
    rightKeys,
    schema,
    streaming: left.streaming || right.streaming,
  };
}

/** An expression's conjuncts: `a AND b AND c` -> [a, b, c]. */
const conjuncts = (e: Expr): Expr[] =>
  e.k === "bin" && e.op === "and" ? [...conjuncts(e.l), ...conjuncts(e.r)] : [e];

function references(e: Expr, out: string[] = []): string[] {
  if (e.k === "col") out.push(e.name);
  else if (e.k === "bin") {
    references(e.l, out);
    references(e.r, out);
  } else if (e.k === "call") for (const a of e.args) references(a, out);
  else if (e.k !== "star" && e.k !== "lit") references(e.e, out);
  return out;
}

/** A filter, with Spark's optimizer rule for a filter on a watermark (PushPredicateThroughNonJoin):
 *  the conjuncts that do not read the event-time column run below the watermark, so the rows they drop
 *  never count towards the max event time; the others stay above it. */
function filterPlan(nodeId: string, child: Plan, ast: Expr, condition: Compiled): Plan {
  const filter = (c: Plan, cond: Compiled): Plan => ({
    op: "filter",
    nodeId,
    child: c,
    condition: cond,
    schema: c.schema,
    streaming: c.streaming,
  });
  if (child.op !== "watermark") return filter(child, condition);
  const wm = child;
  const readsEventTime = (e: Expr) =>
    references(e).some((name) => resolveColumn(name, wm.schema) === wm.column);
  const parts = conjuncts(ast);
  const down = parts.filter((e) => !readsEventTime(e));
  if (down.length === 0) return filter(child, condition);
  const and = (xs: Expr[]) => xs.reduce((l, r) => ({ k: "bin", op: "and", l, r }));
  const below = filter(wm.child, compile(and(down), wm.child.schema));
  const watermark: Plan = { ...wm, child: below };
  const up = parts.filter(readsEventTime);
  return up.length === 0 ? watermark : filter(watermark, compile(and(up), wm.schema));
}

function build(node: PipelineNode, inputs: Plan[]): Plan {
  const p = node.params;
  const [child] = inputs;
  const sourceKind = SOURCE_KINDS[node.kind];
  if (sourceKind) {
    const schema = sourceSchema(sourceKind, p);
    const streaming = sourceKind !== "staticTable";
    const rows =
      sourceKind === "staticTable" && Array.isArray(p.rows)
        ? p.rows.map((r) => typedRow(r, schema))
        : undefined;
    return {
      op: "source",
      nodeId: node.id,
      source: sourceKind,
      params: p,
      schema,
      streaming,
      ...(rows ? { rows } : {}),
    };
  }
  switch (node.kind) {
    case "structured.select":
      return project(node.id, child, parseList(p.exprs));
    case "structured.where":
    case "structured.filter": {
      const condition = compile(parseExpression(text(p.condition)), child.schema);
      if (condition.type !== "boolean" && condition.type !== "null")
        throw new AnalysisError(
          `[DATATYPE_MISMATCH.FILTER_NOT_BOOLEAN] Cannot resolve "${text(p.condition)}" due to data type mismatch: Filter expression "${text(p.condition)}" of type "${condition.type.toUpperCase()}" is not a boolean.`,
        );
      return filterPlan(node.id, child, parseExpression(text(p.condition)), condition);
    }
    case "structured.withColumn": {
      const name = text(p.colName).trim();
      const c = compile(parseExpression(text(p.expr)), child.schema);
      const at = child.schema.findIndex((f) => f.name.toLowerCase() === name.toLowerCase());
      const exprs: Expr[] = child.schema.map((f) => ({ k: "col", name: f.name }));
      const own: Expr = { k: "alias", e: parseExpression(text(p.expr)), name };
      if (at >= 0) exprs[at] = own;
      else exprs.push(own);
      void c;
      return project(node.id, child, exprs);
    }
    case "structured.withWatermark": {
      const column = resolveColumn(text(p.eventTime).trim(), child.schema);
      const f = child.schema[column];
      if (f.type !== "timestamp")
        throw new AnalysisError(
          `[EVENT_TIME_IS_NOT_ON_TIMESTAMP_TYPE] The event time \`${f.name}\` has the invalid type "${f.type.toUpperCase()}", but expected "TIMESTAMP".`,
        );
      const delayMs = intervalMs(p.delayThreshold);
      const schema = child.schema.map((g, i) => (i === column ? { ...g, eventTimeDelayMs: delayMs } : g));
      return { op: "watermark", nodeId: node.id, child, column, delayMs, schema, streaming: child.streaming };
    }
    case "structured.groupBy":
      return groupBy(node.id, child, p);
    case "structured.dropDuplicates": {
      const names = text(p.columns)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      const keys =
        names.length === 0 ? child.schema.map((_, i) => i) : names.map((n) => resolveColumn(n, child.schema));
      const marked = child.schema.findIndex((f) => f.eventTimeDelayMs !== undefined);
      const eventTime = marked >= 0 ? { column: marked, inKeys: keys.includes(marked) } : undefined;
      return {
        op: "dedup",
        nodeId: node.id,
        child,
        keys,
        schema: child.schema,
        streaming: child.streaming,
        ...(eventTime ? { eventTime } : {}),
      };
    }
    case "structured.join":
      return join(node.id, inputs[0], inputs[1], p);
    default:
      throw new NodeProblem(`${node.kind} cannot be part of a query`);
  }
}

const OUTPUT_MODES = ["append", "update", "complete"];
const TRIGGERS = ["processingTime", "once", "availableNow", "continuous"];

export function analyzeDocument(doc: PipelineDocument): Analysis {
  const topo = buildTopology(doc);
  const plans = new Map<string, Plan | null>();
  const issues: PipelineIssue[] = [];
  const planOf = (id: string): Plan | null => {
    if (plans.has(id)) return plans.get(id)!;
    plans.set(id, null); // a cycle resolves to "no plan"
    const node = topo.nodes.get(id)!;
    const inputs = topo.inputs.get(id)!.ordered.map((e) => planOf(e.source));
    if (inputs.some((p) => p === null)) return null;
    try {
      const plan = build(node, inputs as Plan[]);
      plans.set(id, plan);
      return plan;
    } catch (e) {
      if (e instanceof AnalysisError || e instanceof SqlSyntaxError || e instanceof NodeProblem) {
        issues.push({ severity: "error", message: e.message, nodeId: id });
        return null;
      }
      throw e;
    }
  };
  const queries: QueryPlan[] = [];
  for (const node of doc.nodes) {
    if (node.kind !== "structured.writeStream") continue;
    const input = topo.inputs.get(node.id)?.ordered[0];
    if (!input) continue;
    const plan = planOf(input.source);
    if (!plan) continue;
    const p = node.params;
    const outputMode = (OUTPUT_MODES.includes(text(p.outputMode)) ? p.outputMode : "append") as OutputMode;
    const trigger = (TRIGGERS.includes(text(p.trigger)) ? p.trigger : "processingTime") as TriggerKind;
    const interval = parseInterval(p.interval);
    const problem = unsupportedOperation(plan, outputMode, trigger);
    if (problem) {
      issues.push({ severity: "error", message: problem, nodeId: node.id });
      continue;
    }
    queries.push({
      sinkNodeId: node.id,
      name: text(p.queryName).trim() || null,
      plan,
      outputMode,
      trigger,
      intervalMs: interval.ok ? interval.ms : 1000,
      format: p.format === "memory" ? "memory" : "console",
      numRows: typeof p.numRows === "number" ? p.numRows : 20,
      truncate: p.truncate !== false,
    });
  }
  return { queries, issues };
}
