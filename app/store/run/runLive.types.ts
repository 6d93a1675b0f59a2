// What the run slice adds to the toolbar's contract (runSlice.types.ts): the live data the panels show
// and the controls of the bottom panel, the records drawer and the "Live" inspector section.
import type { PipelineDocument } from "../../../engine/graph/types";
import type { RunData } from "./runData";
import type { RunInput } from "./runReducer";

export type BottomTab = "charts" | "batches" | "records" | "console" | "outputs" | "errors";

export interface RunLiveSlice extends Omit<RunData, "runState" | "batches"> {
  bottomTab: BottomTab;
  /**
   * The document the engine is running: what Run loaded, plus the changes applied live (input rates,
   * backpressure). Null when nothing is loaded. Spark can't change a started StreamingContext's DStream
   * graph, so editor changes against it only apply on the next Run (see editsSinceRun).
   */
  runDoc: PipelineDocument | null;
  /** Stops the run and starts it again with the editor's document. */
  restart: () => void;
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
