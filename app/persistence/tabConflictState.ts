// Which pipeline another tab saved while it was open here (until the user chooses whose version stays).
import { create } from "zustand";

interface TabConflictState {
  conflictId: string | null;
}

export const useTabConflict = create<TabConflictState>(() => ({ conflictId: null }));

/** Whether this tab must not write the pipeline now (another tab's save is waiting on the user). */
export const isSavePaused = (pipelineId: string) => useTabConflict.getState().conflictId === pipelineId;
