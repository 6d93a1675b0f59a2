// Whether an edge may be drawn, and if not, why: the canvas refuses it and shows the reason.
// Pure: the canvas passes the document and the catalog lookup.
import type { NodeKindSpec, PipelineDocument } from "../../engine/graph/types";
import { kindText } from "../i18n/kindText";
import { t } from "../i18n/useT";

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
  if (!from || !to || !fromSpec || !toSpec) return refuse(t("notices.connection.unknownEnd"));
  const fromName = from.label ?? kindText().label(fromSpec);
  const toName = to.label ?? kindText().label(toSpec);
  if (from.id === to.id) return refuse(t("notices.connection.selfLoop", { to: toName }));
  if (fromSpec.isOutput) return refuse(t("notices.connection.fromOutput", { from: fromName }));
  if (toSpec.inputs.max === 0) return refuse(t("notices.connection.toSource", { to: toName }));

  const incoming = doc.edges.filter((e) => e.target === to.id);
  if (
    incoming.some((e) => e.source === from.id && (e.targetHandle ?? null) === (edge.targetHandle ?? null))
  ) {
    return refuse(t("notices.connection.duplicate", { from: fromName, to: toName }));
  }
  if (toSpec.inputs.max === 2) {
    const names = toSpec.inputs.names ?? ["left", "right"];
    if (edge.targetHandle && incoming.some((e) => e.targetHandle === edge.targetHandle)) {
      return refuse(
        t("notices.connection.inputTaken", {
          to: toName,
          handle: edge.targetHandle,
          names: names.join(", "),
        }),
      );
    }
  } else if (incoming.length >= toSpec.inputs.max) {
    return refuse(t("notices.connection.inputsFull", { to: toName, count: toSpec.inputs.max }));
  }
  if (reaches(doc, to.id, from.id)) {
    return refuse(t("notices.connection.cycle", { from: fromName, to: toName }));
  }
  if (toSpec.requiresPairInput && pairnessOf(doc, from.id, specOf) === "plain") {
    return refuse(t("notices.connection.needsPairs", { to: toName, from: fromName }));
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
