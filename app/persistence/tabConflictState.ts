// Which pipeline another tab saved while it was open here (until the user chooses whose version stays),
// and the copy holding this tab's edits made meanwhile (see conflictCopy.ts).
import { create } from "zustand";

interface TabConflictState {
  conflictId: string | null;
  copy: { id: string; name: string } | null;
}

export const useTabConflict = create<TabConflictState>(() => ({ conflictId: null, copy: null }));

/** Whether this tab must not write the pipeline now (another tab's save is waiting on the user). */
export const isSavePaused = (pipelineId: string) => useTabConflict.getState().conflictId === pipelineId;
