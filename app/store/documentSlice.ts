// The pipeline being edited, its validator issues, and every edit as one undoable action.
import type { PipelineDocument, PipelineIssue, PipelineSettings } from "../../engine/graph/types";
import { t } from "../i18n/useT";
import { specOf } from "./catalog";
import * as ops from "./documentEdits";
import { newId, newPipelineDocument } from "./newPipeline";
import { isRunStarted } from "./run/isRunStarted";
import type { SliceCreator } from "./types";

export interface DocumentSlice {
  /** Id of the stored pipeline this document is saved as (see persistence/). */
  pipelineId: string;
  doc: PipelineDocument;
  /** The validator's findings for `doc` (refreshed, debounced, by useValidation). */
  issues: PipelineIssue[];
  setIssues: (issues: PipelineIssue[]) => void;
  /** Opens a document: replaces the current one and clears history and selection. */
  loadDocument: (doc: PipelineDocument, pipelineId: string) => void;
  addNodeOfKind: (kind: string, position: { x: number; y: number }) => string | null;
  removeElements: (nodeIds: string[], edgeIds: string[]) => void;
  connect: (source: string, target: string, targetHandle?: string | null) => void;
  /** `dragKey` groups a drag's many moves into one undo step. */
  moveNodes: (positions: Map<string, { x: number; y: number }>, dragKey?: string) => void;
  /** Positions from auto-layout: one undo step, or none for a document just opened. */
  applyLayout: (positions: Map<string, { x: number; y: number }>, undoable: boolean) => void;
  setParam: (nodeId: string, name: string, value: unknown) => void;
  setLabel: (nodeId: string, label: string) => void;
  setSettings: (patch: Partial<PipelineSettings>) => void;
  setBatchInterval: (ms: number) => void;
  /** spark.streaming.blockInterval in ms; refused while a run is on, as the batch interval is. */
  setBlockInterval: (ms: number) => void;
  setPipelineMeta: (patch: { name?: string; description?: string }) => void;
  copySelection: () => void;
  paste: () => void;
  duplicateSelection: () => void;
}

/** The notice of a refused block-interval change, in the language of the moment. */
export const blockIntervalLocked = () => t("notices.run.blockIntervalLocked");

export const createDocumentSlice: SliceCreator<DocumentSlice> = (set, get) => ({
  pipelineId: newId("p"),
  doc: newPipelineDocument(),
  issues: [],
  setIssues: (issues) => set({ issues }),
  loadDocument: (doc, pipelineId) =>
    set({
      doc,
      pipelineId,
      issues: [],
      past: [],
      future: [],
      lastEdit: null,
      selectedNodeIds: [],
      selectedEdgeIds: [],
      toasts: [], // they were about the pipeline being closed
    }),
  addNodeOfKind: (kind, position) => {
    const spec = specOf(kind);
    if (!spec) {
      get().showToast(t("notices.document.unknownKind", { kind }));
      return null;
    }
    const id = newId("n");
    get().commitDoc(ops.addNode(get().doc, spec, position, id));
    set({ selectedNodeIds: [id], selectedEdgeIds: [] });
    return id;
  },
  removeElements: (nodeIds, edgeIds) => {
    get().commitDoc(ops.removeElements(get().doc, nodeIds, edgeIds));
    set({ selectedNodeIds: [], selectedEdgeIds: [] });
  },
  connect: (source, target, targetHandle) =>
    get().commitDoc(ops.addEdge(get().doc, { source, target, targetHandle: targetHandle ?? undefined })),
  moveNodes: (positions, dragKey) => get().commitDoc(ops.moveNodes(get().doc, positions), dragKey),
  applyLayout: (positions, undoable) => {
    const next = ops.moveNodes(get().doc, positions);
    if (!undoable) return set({ doc: next });
    get().breakCoalescing();
    get().commitDoc(next);
  },
  setParam: (nodeId, name, value) =>
    get().commitDoc(ops.setParam(get().doc, nodeId, name, value), `param:${nodeId}:${name}`),
  setLabel: (nodeId, label) => get().commitDoc(ops.setLabel(get().doc, nodeId, label), `label:${nodeId}`),
  setSettings: (patch) =>
    get().commitDoc(ops.setSettings(get().doc, patch), `settings:${Object.keys(patch).join(",")}`),
  setBatchInterval: (ms) => {
    if (ms === get().doc.batchIntervalMs) return;
    // Refused while a run is on (Spark fixes the batch duration); the run slice says why.
    if (!get().canChangeBatchInterval()) return;
    get().commitDoc({ ...get().doc, batchIntervalMs: ms }, "batchInterval");
  },
  setBlockInterval: (ms) => {
    if (ms === get().doc.blockIntervalMs) return;
    if (isRunStarted(get())) {
      get().showToast(blockIntervalLocked());
      return;
    }
    get().commitDoc({ ...get().doc, blockIntervalMs: ms }, "blockInterval");
  },
  setPipelineMeta: (patch) =>
    get().commitDoc({ ...get().doc, ...patch }, `meta:${Object.keys(patch).join(",")}`),
  copySelection: () => {
    const ids = get().selectedNodeIds;
    if (ids.length > 0) set({ clipboard: ops.copySubgraph(get().doc, ids) });
  },
  paste: () => {
    const clip = get().clipboard;
    if (!clip || clip.nodes.length === 0) return;
    const { doc, nodeIds } = ops.pasteSubgraph(get().doc, clip, { x: 40, y: 40 });
    get().commitDoc(doc);
    // The next paste lands 40px further, like in drawing tools.
    set({ selectedNodeIds: nodeIds, selectedEdgeIds: [], clipboard: ops.copySubgraph(doc, nodeIds) });
  },
  duplicateSelection: () => {
    const ids = get().selectedNodeIds;
    if (ids.length === 0) return;
    const { doc, nodeIds } = ops.pasteSubgraph(get().doc, ops.copySubgraph(get().doc, ids), { x: 40, y: 40 });
    get().commitDoc(doc);
    set({ selectedNodeIds: nodeIds, selectedEdgeIds: [] });
  },
});
