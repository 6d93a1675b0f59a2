// What changed in the editor since the run started: only what the engine runs counts (nodes, edges,
// params, settings, intervals). Positions, labels, the pipeline's name and description are the editor's
// own, so moving cards or renaming never asks for a restart. Cheap: unchanged nodes are the same objects
// (edits copy only what they touch), so most comparisons stop at a reference check.
import {
  DEFAULT_BLOCK_INTERVAL_MS,
  type PipelineDocument,
  type PipelineEdge,
  type PipelineNode,
} from "../../../engine/graph/types";
import { t } from "../../i18n/useT";

/** Short descriptions of the run-relevant differences, e.g. ["flatMap n3: func", "settings: seed"]. */
export function editsSinceRun(started: PipelineDocument, current: PipelineDocument): string[] {
  if (started === current) return [];
  const edits: string[] = [];
  if (started.batchIntervalMs !== current.batchIntervalMs) edits.push(t("notices.edits.batchInterval"));
  const block = (d: PipelineDocument) => d.blockIntervalMs ?? DEFAULT_BLOCK_INTERVAL_MS;
  if (block(started) !== block(current)) edits.push(t("notices.edits.blockInterval"));
  if (started.settings !== current.settings) {
    const keys = new Set([...Object.keys(started.settings), ...Object.keys(current.settings)]);
    for (const key of keys) {
      const k = key as keyof PipelineDocument["settings"];
      if (!Object.is(started.settings[k], current.settings[k])) edits.push(`settings: ${key}`);
    }
  }
  if (started.nodes !== current.nodes) edits.push(...nodeEdits(started.nodes, current.nodes));
  if (started.edges !== current.edges) edits.push(...edgeEdits(started.edges, current.edges));
  return edits;
}

/** How the user knows the node: its label when it has one, else its id. */
const nameOf = (n: PipelineNode) => `${n.kind} ${n.label ?? n.id}`;

function nodeEdits(started: readonly PipelineNode[], current: readonly PipelineNode[]): string[] {
  const edits: string[] = [];
  const before = new Map(started.map((n) => [n.id, n]));
  for (const node of current) {
    const old = before.get(node.id);
    before.delete(node.id);
    if (!old) edits.push(t("notices.edits.nodeAdded", { node: nameOf(node) }));
    else if (old.kind !== node.kind)
      edits.push(t("notices.edits.kindChanged", { node: old.label ?? node.id, kind: node.kind }));
    else if (old.params !== node.params) {
      const changed = changedParams(old.params, node.params);
      if (changed.length > 0) edits.push(`${nameOf(node)}: ${changed.join(", ")}`);
    }
  }
  for (const gone of before.values()) edits.push(t("notices.edits.nodeRemoved", { node: nameOf(gone) }));
  return edits;
}

function changedParams(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((name) => !sameValue(a[name], b[name]));
}

/** Params are JSON data (numbers, strings, function source, tables): compare objects by their JSON. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function edgeEdits(started: readonly PipelineEdge[], current: readonly PipelineEdge[]): string[] {
  const key = (e: PipelineEdge) => `${e.source}→${e.target}${e.targetHandle ? `:${e.targetHandle}` : ""}`;
  const before = new Set(started.map(key));
  const after = new Set(current.map(key));
  const added = [...after].filter((k) => !before.has(k));
  const removed = [...before].filter((k) => !after.has(k));
  return [
    ...added.map((edge) => t("notices.edits.edgeAdded", { edge })),
    ...removed.map((edge) => t("notices.edits.edgeRemoved", { edge })),
  ];
}
