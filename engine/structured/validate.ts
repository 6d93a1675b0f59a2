// The validator of a Structured Streaming pipeline (mode "structured"): every problem at its node, edge
// or field. Structure first (kinds of this mode, inputs, params, a writeStream), then the query's
// analysis (engine/structured/plan): unknown columns, types, and Spark's UnsupportedOperationChecker,
// in Spark's words, at the writeStream node. Pure: the app's inspector runs it.
import { getAnyKind } from "../graph/catalog";
import { buildTopology } from "../graph/topology";
import type { PipelineDocument, PipelineIssue } from "../graph/types";
import { arityIssues } from "../graph/validateDocument";
import { type FunctionSyntaxCheck, validateParams } from "../graph/validateParams";
import { analyzeDocument } from "./plan/fromDocument";

export const NO_QUERY_MESSAGE =
  "A Structured Streaming pipeline needs a writeStream node: nothing starts a query";

export function validateStructured(
  doc: PipelineDocument,
  checkFunction: FunctionSyntaxCheck,
): PipelineIssue[] {
  const topo = buildTopology(doc);
  const issues: PipelineIssue[] = [];
  for (const { edge, path } of topo.cycles) {
    const names = path.map((id) => topo.nodes.get(id)?.label ?? id).join(" → ");
    issues.push({
      severity: "error",
      message: `This connection closes a cycle: ${names}. A query's plan must be acyclic.`,
      edgeId: edge.id,
      nodeId: edge.target,
    });
  }
  let structuralErrors = issues.length > 0;
  for (const node of doc.nodes) {
    const spec = getAnyKind(node.kind);
    if (!spec) {
      issues.push({ severity: "error", message: `Unknown node kind "${node.kind}"`, nodeId: node.id });
      structuralErrors = true;
      continue;
    }
    if ((spec.mode ?? "dstream") !== "structured") {
      issues.push({
        severity: "error",
        message: `${spec.label} is a DStream kind; this is a Structured Streaming pipeline`,
        nodeId: node.id,
      });
      structuralErrors = true;
      continue;
    }
    const found = [...arityIssues(node, spec, topo), ...validateParams(node, spec, checkFunction)];
    if (found.some((i) => i.severity === "error")) structuralErrors = true;
    issues.push(...found);
  }
  if (!doc.nodes.some((n) => getAnyKind(n.kind)?.isOutput)) {
    issues.push({ severity: "error", message: NO_QUERY_MESSAGE });
    structuralErrors = true;
  }
  // The plan is analysed only when its shape is sound: its messages would otherwise repeat the above.
  if (!structuralErrors) issues.push(...analyzeDocument(doc).issues);
  return issues;
}
