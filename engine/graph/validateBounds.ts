// The validator's bounds on a pipeline's size and per-batch work (see limits.ts): too many nodes, a
// chain too long for the engine's recursion, a source producing more records per batch than the
// engine computes. Each message names the limit, at the node and field that break it.
import { getKind, isEmptyParam } from "./catalog";
import { MAX_NODES, MAX_PIPELINE_DEPTH, MAX_RECORDS_PER_BATCH } from "./limits";
import type { Topology } from "./topology";
import type { PipelineDocument, PipelineIssue } from "./types";

const count = (n: number) => Math.round(n).toLocaleString("en-US");

/** Checked before anything walks the graph: a document over the node limit gets only this issue. */
export function sizeIssues(doc: PipelineDocument): PipelineIssue[] {
  if (doc.nodes.length <= MAX_NODES) return [];
  return [
    {
      severity: "error",
      message: `The pipeline has ${count(doc.nodes.length)} nodes, more than the limit of ${count(MAX_NODES)}`,
    },
  ];
}

/** The first node (in dependency order) whose longest input chain is over MAX_PIPELINE_DEPTH. */
export function depthIssues(topo: Topology): PipelineIssue[] {
  const depth = new Map<string, number>();
  for (const node of topo.order) {
    let d = 1;
    for (const e of topo.inputs.get(node.id)!.ordered) d = Math.max(d, (depth.get(e.source) ?? 0) + 1);
    depth.set(node.id, d);
    if (d > MAX_PIPELINE_DEPTH) {
      return [
        {
          severity: "error",
          nodeId: node.id,
          message: `This node is ${count(d)} nodes down a chain, more than the limit of ${MAX_PIPELINE_DEPTH} (the engine computes a batch by recursing down each chain)`,
        },
      ];
    }
  }
  return [];
}

/** Source nodes whose rate gives more records in one batch than the engine computes. */
export function perBatchIssues(doc: PipelineDocument): PipelineIssue[] {
  const issues: PipelineIssue[] = [];
  for (const node of doc.nodes) {
    const spec = getKind(node.kind);
    if (spec?.category !== "source" || !spec.params.some((p) => p.name === "rate")) continue;
    const rate = node.params.rate;
    if (typeof rate !== "number" || !Number.isFinite(rate) || rate < 0) continue; // the param check's
    const records = (rate * doc.batchIntervalMs) / 1000;
    const words = node.kind === "randomWords" ? wordsPerLine(node.params.wordsPerLine) : 1;
    if (records * words <= MAX_RECORDS_PER_BATCH) continue;
    const what =
      words > 1
        ? `${count(records)} lines of ${count(words)} words (${count(records * words)} words)`
        : `${count(records)} records`;
    issues.push({
      severity: "error",
      nodeId: node.id,
      param: "rate",
      message: `Rate: ${count(rate)}/s over a ${count(doc.batchIntervalMs)} ms batch is ${what} per batch, more than the limit of ${count(MAX_RECORDS_PER_BATCH)}; lower the rate or the batch interval`,
    });
  }
  return issues;
}

function wordsPerLine(value: unknown): number {
  return isEmptyParam(value) || typeof value !== "number" || !(value >= 1) ? 1 : Math.floor(value);
}
