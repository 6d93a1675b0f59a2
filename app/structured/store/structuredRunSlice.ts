// The store's part for a Structured Streaming run: trigger reports folded into the plot, the result
// tables and the charts' points (../data/structuredRun.ts), plus the panel's tab. Fed by the run session
// with every frame's worker messages; cleared with the rest of a run's data.
import type { SliceCreator } from "../../store/types";
import type { Comparison } from "../compare/comparison";
import { triggerReportsOf } from "../data/messages";
import { foldTriggerReports, initialStructuredRun, type StructuredRunData } from "../data/structuredRun";

export type StructuredTab = "eventTime" | "charts" | "console" | "errors";

export interface StructuredRunSlice {
  structuredRun: StructuredRunData;
  structuredTab: StructuredTab;
  /** Folds the structured reports among a frame's worker messages (others are left to the DStream fold). */
  recordStructuredInputs: (inputs: readonly { type: string }[]) => void;
  clearStructuredRun: () => void;
  setStructuredTab: (tab: StructuredTab) => void;
  /** The side-by-side view's pipelines, while it is open. */
  comparison: Comparison | null;
  openComparison: (comparison: Comparison) => void;
  closeComparison: () => void;
}

export const createStructuredRunSlice: SliceCreator<StructuredRunSlice> = (set, get) => ({
  structuredRun: initialStructuredRun(),
  structuredTab: "eventTime",
  recordStructuredInputs: (inputs) => {
    const reports = triggerReportsOf(inputs, get().runDoc);
    if (reports.length > 0) set({ structuredRun: foldTriggerReports(get().structuredRun, reports) });
  },
  clearStructuredRun: () => set({ structuredRun: initialStructuredRun() }),
  setStructuredTab: (structuredTab) => set({ structuredTab }),
  comparison: null,
  openComparison: (comparison) => set({ comparison, dialog: null }),
  closeComparison: () => set({ comparison: null }),
});
