// What is selected on the canvas. The inspector shows the single selected node, or the pipeline
// settings when nothing is selected.
import type { SliceCreator } from "./types";

export interface SelectionSlice {
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
  setSelection: (nodeIds: string[], edgeIds: string[]) => void;
  clearSelection: () => void;
}

const EMPTY: string[] = [];

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selectedNodeIds: EMPTY,
  selectedEdgeIds: EMPTY,
  setSelection: (nodeIds, edgeIds) => set({ selectedNodeIds: nodeIds, selectedEdgeIds: edgeIds }),
  clearSelection: () => set({ selectedNodeIds: EMPTY, selectedEdgeIds: EMPTY }),
});
