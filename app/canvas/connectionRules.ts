// Whether an edge may be drawn, and if not, why: the canvas refuses it and shows the reason.
// Pure: the canvas passes the document and the catalog lookup.
import type { NodeKindSpec, PipelineDocument } from "../../engine/graph/types";

export type Verdict = { ok: true } | { ok: false; reason: string };
export type SpecLookup = (kind: string) => NodeKindSpec | undefined;
export type Pairness = "pair" | "plain" | "unknown";

export interface ProposedEdge {
  source: string;
  target: string;
  targetHandle?: string | null;
}

const refuse = (reason: string): Verdict => ({ ok: false, reason });

export function checkConnection(doc: PipelineDocument, edge: ProposedEdge, specOf: SpecLookup): Verdict {
  const from = doc.nodes.find((n) => n.id === edge.source);
  const to = doc.nodes.find((n) => n.id === edge.target);
  const fromSpec = from && specOf(from.kind);
  const toSpec = to && specOf(to.kind);
  if (!from || !to || !fromSpec || !toSpec) return refuse("One end of this connection is not a known node.");
  const fromName = from.label ?? fromSpec.label;
  const toName = to.label ?? toSpec.label;
  if (from.id === to.id) return refuse(`${toName} cannot feed itself: a DStream graph has no cycles.`);
  if (fromSpec.isOutput)
    return refuse(`${fromName} is an output operation: it returns no DStream to connect from.`);
  if (toSpec.inputs.max === 0) return refuse(`${toName} is a source: it takes no input stream.`);

  const incoming = doc.edges.filter((e) => e.target === to.id);
  if (
    incoming.some((e) => e.source === from.id && (e.targetHandle ?? null) === (edge.targetHandle ?? null))
  ) {
    return refuse(`${fromName} is already connected to ${toName}.`);
  }
  if (toSpec.inputs.max === 2) {
    const names = toSpec.inputs.names ?? ["left", "right"];
    if (edge.targetHandle && incoming.some((e) => e.targetHandle === edge.targetHandle)) {
      return refuse(
        `${toName}'s ${edge.targetHandle} input is already connected: it takes exactly two streams (${names.join(", ")}).`,
      );
    }
  } else if (incoming.length >= toSpec.inputs.max) {
    return refuse(
      `${toName} takes ${toSpec.inputs.max === 1 ? "one input stream" : `${toSpec.inputs.max} input streams`} and already has it: delete the existing edge first.`,
    );
  }
  if (reaches(doc, to.id, from.id)) {
    return refuse(`Connecting ${fromName} to ${toName} would make a cycle: a DStream graph must be acyclic.`);
  }
  if (toSpec.requiresPairInput && pairnessOf(doc, from.id, specOf) === "plain") {
    return refuse(
      `${toName} needs a stream of (key, value) pairs, but ${fromName} produces plain records: map them to pairs first, e.g. map((w) => [w, 1]).`,
    );
  }
  return { ok: true };
}

/** True when `to` can be reached from `from` along edges. */
export function reaches(doc: PipelineDocument, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of doc.edges) if (e.source === id) stack.push(e.target);
  }
  return false;
}

/** Whether a node's output is known to be pairs, known plain, or unknown (user code decides). */
export function pairnessOf(
  doc: PipelineDocument,
  nodeId: string,
  specOf: SpecLookup,
  seen = new Set<string>(),
): Pairness {
  const node = doc.nodes.find((n) => n.id === nodeId);
  const spec = node && specOf(node.kind);
  if (!node || !spec || seen.has(nodeId)) return "unknown";
  seen.add(nodeId);
  const output = spec.outputFor?.({ ...defaultsOf(spec), ...node.params }) ?? spec.output;
  if (output !== "same-as-input") return output;
  const inputs = doc.edges
    .filter((e) => e.target === nodeId)
    .map((e) => pairnessOf(doc, e.source, specOf, new Set(seen)));
  if (inputs.length === 0) return "unknown";
  return inputs.every((p) => p === inputs[0]) ? inputs[0] : "unknown";
}

function defaultsOf(spec: NodeKindSpec): Record<string, unknown> {
  return Object.fromEntries(spec.params.map((p) => [p.name, p.default]));
}
