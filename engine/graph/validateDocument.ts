// The validator: every problem of a pipeline document, located at the node, edge or param that has
// it, in Spark's words where Spark has them. A document with any error never starts.
// The syntax check of user functions is a parameter: it strips TypeScript with sucrase (80 KB gzip), which
// the page loads only when first needed and passes in then; the worker, Node and the CLI pass the real
// check (./validate.ts's validatePipeline).

import { validateStructured } from "../structured/validate";
import { getAnyKind, getKind, isEmptyParam, needsCheckpoint, resolveParams } from "./catalog";
import { inferPairness, inferSlides } from "./infer";
import { buildTopology, type Topology } from "./topology";
import type { NodeKindSpec, PipelineDocument, PipelineIssue, PipelineNode } from "./types";
import { blockIntervalIssues } from "./validateBlockInterval";
import { depthIssues, perBatchIssues, sizeIssues } from "./validateBounds";
import { type FunctionSyntaxCheck, validateParams } from "./validateParams";

export const NO_OUTPUT_MESSAGE = "No output operations registered, so nothing to execute";
export const NO_CHECKPOINT_MESSAGE =
  "The checkpoint directory has not been set. Please set it by StreamingContext.checkpoint().";
export const DIFFERENT_SLIDES_MESSAGE = "Some of the DStreams have different slide durations";

const err = (message: string, at: Partial<PipelineIssue> = {}): PipelineIssue => ({
  severity: "error",
  message,
  ...at,
});

function nodeName(node: PipelineNode | undefined): string {
  if (!node) return "?";
  return node.label ? `"${node.label}" (${node.kind})` : `"${node.id}" (${node.kind})`;
}

export function arityIssues(node: PipelineNode, spec: NodeKindSpec, topo: Topology): PipelineIssue[] {
  const issues: PipelineIssue[] = [];
  const { ordered, misplaced } = topo.inputs.get(node.id)!;
  for (const m of misplaced)
    issues.push(err(`${spec.label} ${m.reason}`, { nodeId: node.id, edgeId: m.edge.id }));
  const { min, max, names } = spec.inputs;
  const n = ordered.length;
  if (max === 0 && n > 0) {
    for (const e of ordered)
      issues.push(err(`${spec.label} is a source and takes no input`, { nodeId: node.id, edgeId: e.id }));
  } else if (n < min) {
    const what = names
      ? `${min} inputs (${names.join(" and ")})`
      : min === 1
        ? "an input"
        : `at least ${min} inputs`;
    const missing = names ? `: "${names.slice(n).join('", "')}" is not connected` : "";
    issues.push(err(`${spec.label} needs ${what}, has ${n}${missing}`, { nodeId: node.id }));
  } else if (n > max) {
    for (const e of ordered.slice(max)) {
      issues.push(
        err(`${spec.label} takes ${max === 1 ? "one input" : `${max} inputs`}; this edge is one too many`, {
          nodeId: node.id,
          edgeId: e.id,
        }),
      );
    }
  }
  return issues;
}

function windowIssues(
  node: PipelineNode,
  spec: NodeKindSpec,
  parentSlide: number | undefined,
): PipelineIssue[] {
  if (parentSlide === undefined) return [];
  const issues: PipelineIssue[] = [];
  for (const [param, what] of [
    ["windowMs", "window"],
    ["slideMs", "slide"],
  ] as const) {
    if (!spec.params.some((p) => p.name === param)) continue;
    const value = node.params[param];
    if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) continue;
    if (value % parentSlide !== 0) {
      const message = `The ${what} duration of windowed DStream (${value} ms) must be a multiple of the slide duration of parent DStream (${parentSlide} ms)`;
      issues.push(err(message, { nodeId: node.id, param }));
    }
  }
  return issues;
}

function pairIssues(
  node: PipelineNode,
  spec: NodeKindSpec,
  topo: Topology,
  pairs: Map<string, string>,
): PipelineIssue[] {
  if (!spec.requiresPairInput) return [];
  return topo.inputs
    .get(node.id)!
    .ordered.filter((e) => pairs.get(e.source) === "plain")
    .map((e) =>
      err(
        `${spec.label} needs a stream of [key, value] pairs, but its input ${nodeName(topo.nodes.get(e.source))} gives plain records`,
        {
          nodeId: node.id,
          edgeId: e.id,
        },
      ),
    );
}

/** Nodes from which some output operation is reachable. */
function feedingOutputs(doc: PipelineDocument, topo: Topology): Set<string> {
  const reached = new Set<string>();
  const stack = doc.nodes.filter((n) => getKind(n.kind)?.isOutput).map((n) => n.id);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const e of topo.inputs.get(id)?.ordered ?? []) stack.push(e.source);
  }
  return reached;
}

export function validateDocument(doc: PipelineDocument, checkFunction: FunctionSyntaxCheck): PipelineIssue[] {
  const tooLarge = sizeIssues(doc);
  if (tooLarge.length > 0) return tooLarge;
  if (doc.mode === "structured") return validateStructured(doc, checkFunction);
  const topo = buildTopology(doc);
  const pairs = inferPairness(topo);
  const slides = inferSlides(doc, topo);
  const issues: PipelineIssue[] = [...blockIntervalIssues(doc), ...depthIssues(topo), ...perBatchIssues(doc)];

  for (const { edge, path } of topo.cycles) {
    const names = path.map((id) => topo.nodes.get(id)?.label ?? id).join(" → ");
    issues.push(
      err(`This connection closes a cycle: ${names}. A DStream graph must be acyclic.`, {
        edgeId: edge.id,
        nodeId: edge.target,
      }),
    );
  }

  for (const node of doc.nodes) {
    const spec = getKind(node.kind);
    if (!spec) {
      const message = getAnyKind(node.kind)
        ? `${node.kind} is a Structured Streaming kind; this is a DStream pipeline`
        : `Unknown node kind "${node.kind}"`;
      issues.push(err(message, { nodeId: node.id }));
      continue;
    }
    issues.push(...arityIssues(node, spec, topo), ...validateParams(node, spec, checkFunction));
    const inputs = topo.inputs.get(node.id)!.ordered;
    const inputSlides = new Set(inputs.map((e) => slides.get(e.source)).filter((s) => s !== undefined));
    if (inputSlides.size > 1) issues.push(err(DIFFERENT_SLIDES_MESSAGE, { nodeId: node.id }));
    issues.push(...windowIssues(node, spec, inputs[0] ? slides.get(inputs[0].source) : undefined));
    const firstSlide = inputs[0] && slides.get(inputs[0].source);
    if (spec.inputIssues && firstSlide !== undefined) {
      const input = topo.nodes.get(inputs[0].source);
      const name = input?.label || input?.id || inputs[0].source;
      const found = spec.inputIssues(resolveParams(spec, node.params), { name, slideMs: firstSlide });
      issues.push(...found.map((i) => ({ ...i, nodeId: node.id })));
    }
    issues.push(...pairIssues(node, spec, topo, pairs));
    if (
      node.kind === "reduceByKeyAndWindow" &&
      !isEmptyParam(node.params.filterFunc) &&
      isEmptyParam(node.params.invFn)
    ) {
      issues.push(
        err(
          "Filter is only used with an inverse reduce function, as in Spark's reduceByKeyAndWindow(f, invF, ...)",
          { nodeId: node.id, param: "filterFunc" },
        ),
      );
    }
    if (needsCheckpoint(spec, node.params) && isEmptyParam(doc.settings.checkpointDir)) {
      issues.push(err(NO_CHECKPOINT_MESSAGE, { nodeId: node.id }));
    }
  }

  const used = feedingOutputs(doc, topo);
  if (!doc.nodes.some((n) => getKind(n.kind)?.isOutput)) issues.push(err(NO_OUTPUT_MESSAGE));
  else {
    for (const n of doc.nodes) {
      if (!used.has(n.id) && getKind(n.kind)) {
        issues.push({
          severity: "warning",
          nodeId: n.id,
          message: "Not connected to any output operation, so Spark never computes it",
        });
      }
    }
  }
  return issues;
}

export function hasErrors(issues: readonly PipelineIssue[]): boolean {
  return issues.some((i) => i.severity === "error");
}
