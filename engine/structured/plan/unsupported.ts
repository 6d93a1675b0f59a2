// Spark 3.5's UnsupportedOperationChecker (checkForStreaming, checkForContinuous and the global
// watermark correctness check), for the operators the studio has. Messages are Spark's, word for word
// (AnalysisException's text before the plan); each is a test in unsupported.test.ts, and the
// differential test runs every one of them on Spark.
import type { OutputMode, TriggerKind } from "../../protocol/structured";
import { type AggregatePlan, type Plan, postOrder } from "./logical";

const cap = (m: OutputMode) => m[0].toUpperCase() + m.slice(1);

const JOIN_NAMES = { left_outer: "LeftOuter", left_semi: "LeftSemi" } as const;

function joinProblem(p: Extract<Plan, { op: "join" }>): string | undefined {
  const l = p.left.streaming;
  const r = p.right.streaming;
  switch (p.how) {
    case "inner":
      return undefined;
    case "full_outer":
      if (l && !r)
        return "FullOuter joins with streaming DataFrames/Datasets on the left and a static DataFrame/Dataset on the right is not supported";
      if (!l && r)
        return "FullOuter joins with streaming DataFrames/Datasets on the right and a static DataFrame/Dataset on the left is not supported";
      return undefined;
    case "left_anti":
      return r
        ? "LeftAnti joins with a streaming DataFrame/Dataset on the right are not supported"
        : undefined;
    case "left_outer":
    case "left_semi":
      return !l && r
        ? `${JOIN_NAMES[p.how]} join with a streaming DataFrame/Dataset on the right and a static DataFrame/Dataset on the left is not supported`
        : undefined;
    case "right_outer":
      return l && !r
        ? "RightOuter join with a streaming DataFrame/Dataset on the left and a static DataFrame/DataSet on the right not supported"
        : undefined;
  }
}

export const CORRECTNESS_MESSAGE =
  "Detected pattern of possible 'correctness' issue due to global watermark. The query contains stateful operation which can emit rows older than the current watermark plus allowed late record delay, which are \"late rows\" in downstream stateful operations and these rows can be discarded. Please refer the programming guide doc for more details. If you understand the possible risk of correctness issue and still need to run the query, you can disable this check by setting the config `spark.sql.streaming.statefulOperator.checkCorrectness.enabled` to false.";

/** A stateful operator in the sense of the correctness check: aggregations, and dedup on an event-time key. */
const isStateful = (p: Plan) =>
  (p.op === "aggregate" && p.streaming) || (p.op === "dedup" && p.streaming && p.eventTime?.inKeys === true);

/** Continuous processing runs only map-like operators over rate and socket sources. */
function continuousProblem(plan: Plan): string | undefined {
  for (const p of postOrder(plan)) {
    const name =
      p.op === "aggregate"
        ? "Aggregate"
        : p.op === "dedup"
          ? "Deduplicate"
          : p.op === "watermark"
            ? "EventTimeWatermark"
            : p.op === "join"
              ? "Join"
              : p.op === "project" && p.generator !== undefined
                ? "Generate"
                : p.op === "source" && p.source === "staticTable"
                  ? "LogicalRDD"
                  : p.op === "source" && p.source !== "rate" && p.source !== "socket"
                    ? "StreamingRelation"
                    : undefined;
    if (name) return `Continuous processing does not support ${name} operations.`;
  }
  return undefined;
}

/** Spark's message for a plan it refuses to start in this output mode and trigger, or undefined. */
export function unsupportedOperation(
  plan: Plan,
  outputMode: OutputMode,
  trigger: TriggerKind,
): string | undefined {
  if (!plan.streaming)
    return "[WRITE_STREAM_NOT_ALLOWED] `writeStream` can be called only on streaming Dataset/DataFrame.";
  const nodes = postOrder(plan);
  const aggs = nodes.filter((p): p is AggregatePlan => p.op === "aggregate" && p.streaming);
  if (outputMode === "append" && aggs.some((a) => a.eventTimeKey === undefined))
    return "Append output mode not supported when there are streaming aggregations on streaming DataFrames/DataSets without watermark";
  if (outputMode === "complete" && aggs.length === 0)
    return "Complete output mode not supported when there are no streaming aggregations on streaming DataFrames/Datasets";
  for (const p of nodes) {
    if (p.op !== "join") continue;
    const problem = joinProblem(p);
    if (problem) return problem;
  }
  // The global watermark check: a stateful operator fed by an aggregation that emits rows in update or
  // complete mode might see them as late.
  if (outputMode !== "append") {
    for (const p of nodes) {
      if (!isStateful(p)) continue;
      const below = postOrder(p).filter((q) => q !== p);
      if (below.some((q) => q.op === "aggregate" && q.streaming)) return CORRECTNESS_MESSAGE;
    }
  }
  if (trigger === "continuous") return continuousProblem(plan);
  return undefined;
}
