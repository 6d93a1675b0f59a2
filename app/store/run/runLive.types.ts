// What the run slice adds to the toolbar's contract (runSlice.types.ts): the live data the panels show
// and the controls of the bottom panel, the records drawer and the "Live" inspector section.
import type { RunData } from "./runData";
import type { RunInput } from "./runReducer";

export type BottomTab = "charts" | "batches" | "records" | "console" | "outputs" | "errors";

export interface RunLiveSlice extends Omit<RunData, "runState" | "batches"> {
  bottomTab: BottomTab;
  /** The node whose records the drawer shows (set by clicking a token or "Inspect records"). */
  inspectedNodeId: string | null;
  /** Folds messages from the worker (delivered once per animation frame) into the run state. */
  applyRunInputs: (inputs: readonly RunInput[]) => void;
  /** Sets the source's rate param and, while a run is on, tells the worker at once. */
  setInputRate: (nodeId: string, recordsPerSecond: number) => void;
  /** Spark's spark.streaming.backpressure.enabled: stored in the settings, applied live. */
  setBackpressure: (enabled: boolean) => void;
  /** N, the batches kept per node for the records drawer (default 10). */
  setRecordsHistory: (n: number) => void;
  inspectNode: (nodeId: string | null) => void;
  setBottomTab: (tab: BottomTab) => void;
  /** Asks the worker for the RDD's toDebugString; the answer lands in `lineage[nodeId]`. */
  requestLineage: (nodeId: string, batchTimeMs?: number) => void;
  /**
   * Whether the batch interval may change now. While a run is on it may not (Spark fixes a
   * StreamingContext's batch duration at creation): this returns false and tells the user why.
   */
  canChangeBatchInterval: () => boolean;
  clearNotice: () => void;
}
