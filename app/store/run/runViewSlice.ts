// What the live panel shows and the notice over it: UI state around a run, no run logic.
import type { SliceCreator } from "../types";

export type BottomTab =
  | "charts"
  | "batches"
  | "receivers"
  | "records"
  | "console"
  | "outputs"
  | "tables"
  | "errors";

export interface RunViewSlice {
  bottomTab: BottomTab;
  /** The node whose records the drawer shows (set by clicking a node, a token or "Inspect records"). */
  inspectedNodeId: string | null;
  /** A message for the user about the last control action (e.g. why a change must wait for a restart). */
  notice?: string;
  /** The batch whose page (Spark's BatchPage) the Batches tab shows instead of the tables; null: none. */
  openBatchTimeMs: number | null;
  /** Opens a batch's page (a click on a batch row or a chart point). */
  openBatch: (batchTimeMs: number) => void;
  closeBatch: () => void;
  inspectNode: (nodeId: string | null) => void;
  setBottomTab: (tab: BottomTab) => void;
  clearNotice: () => void;
}

export const createRunViewSlice: SliceCreator<RunViewSlice> = (set, _get, api) => {
  api.subscribe((s, prev) => {
    // Another pipeline was opened: its nodes are not the ones inspected.
    if (s.pipelineId !== prev.pipelineId) set({ inspectedNodeId: null });
    // A new run (its data cleared) has other batches: the batch page open was the old run's.
    if (s.openBatchTimeMs !== null && s.batches.length === 0 && prev.batches.length > 0)
      set({ openBatchTimeMs: null });
    // Clicking a node shows its records; while a run has data, the Records tab opens.
    if (s.selectedNodeIds !== prev.selectedNodeIds && s.selectedNodeIds.length === 1) {
      const nodeId = s.selectedNodeIds[0];
      if (nodeId !== s.inspectedNodeId) {
        set(
          s.batches.length > 0
            ? { inspectedNodeId: nodeId, bottomTab: "records" }
            : { inspectedNodeId: nodeId },
        );
      }
    }
  });
  return {
    bottomTab: "charts",
    inspectedNodeId: null,
    openBatchTimeMs: null,
    openBatch: (batchTimeMs) => set({ openBatchTimeMs: batchTimeMs, bottomTab: "batches" }),
    closeBatch: () => set({ openBatchTimeMs: null }),
    inspectNode: (nodeId) =>
      set(nodeId ? { inspectedNodeId: nodeId, bottomTab: "records" } : { inspectedNodeId: null }),
    setBottomTab: (bottomTab) => set({ bottomTab }),
    clearNotice: () => set({ notice: undefined }),
  };
};
