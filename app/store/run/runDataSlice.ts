// A run's results as the panels show them: batches, per-node records, console, outputs, errors, lineage.
// Plain data folded from worker messages (data/foldWorkerMessages.ts); bounded however long the run.
import type { BatchInfoMessage } from "../../../engine/protocol/messages";
import type { SliceCreator } from "../types";
import { foldWorkerMessages, type RunInput } from "./data/foldWorkerMessages";
import { initialRunData, type RunData, resetForNewRun, withRecordsHistory } from "./data/runData";

export interface RunDataSlice extends RunData {
  /** Completed batches, oldest first (bounded). */
  batches: BatchInfoMessage[];
  /** Folds what the worker said since the last frame into the data. */
  recordRunInputs: (inputs: readonly RunInput[]) => void;
  /** Clears what the previous run left (a new run starts from batch 0), keeping the user's settings. */
  clearRunData: () => void;
  /** N, the batches kept per node for the records drawer (default 10). */
  setRecordsHistory: (n: number) => void;
  /** Asks the worker for the RDD's toDebugString; the answer lands in `lineage[nodeId]`. */
  requestLineage: (nodeId: string, batchTimeMs?: number) => void;
  /** Asks the worker for a batch's output operations, jobs and stages; lands in `batchDetails`. */
  requestBatchDetail: (batchTimeMs: number) => void;
}

let nextLineageRequest = 1;
let nextDetailRequest = 1;

export const createRunDataSlice: SliceCreator<RunDataSlice> = (set, get) => ({
  ...initialRunData(),
  recordRunInputs: (inputs) => set(foldWorkerMessages(pickRunData(get()), inputs, Date.now())),
  clearRunData: () => set(resetForNewRun(pickRunData(get()))),
  setRecordsHistory: (n) => set(withRecordsHistory(pickRunData(get()), n)),
  // Lineage is read from a running context: it never starts a worker of its own.
  requestLineage: (nodeId, batchTimeMs) =>
    get().sendToEngine({ type: "getLineage", nodeId, batchTimeMs, requestId: nextLineageRequest++ }, true),
  requestBatchDetail: (batchTimeMs) =>
    get().sendToEngine({ type: "getBatchDetail", batchTimeMs, requestId: nextDetailRequest++ }, true),
});

/** The plain run data out of the whole store, for the pure fold. */
function pickRunData(s: RunDataSlice): RunData {
  return {
    workerState: s.workerState,
    batchTimeMs: s.batchTimeMs,
    batches: s.batches,
    pending: s.pending,
    nodeHistory: s.nodeHistory,
    recordsHistory: s.recordsHistory,
    wave: s.wave,
    console: s.console,
    outputs: s.outputs,
    files: s.files,
    nodeErrors: s.nodeErrors,
    events: s.events,
    loadIssues: s.loadIssues,
    lineage: s.lineage,
    receivers: s.receivers,
    batchDetails: s.batchDetails,
  };
}
