// The studio's one zustand store, built from slices. Components read it through narrow selectors
// (`useStudio((s) => s.doc.batchIntervalMs)`); non-React code uses `useStudio.getState()`.
import { create } from "zustand";
import { createStructuredRunSlice } from "../structured/store/structuredRunSlice";
import { createDocumentSlice } from "./documentSlice";
import { createHistorySlice } from "./historySlice";
import { createLiveControlsSlice } from "./run/liveControlsSlice";
import { createRunDataSlice } from "./run/runDataSlice";
import { createRunSessionSlice } from "./run/runSessionSlice";
import { createRunViewSlice } from "./run/runViewSlice";
import { createSelectionSlice } from "./selectionSlice";
import type { StudioState } from "./types";
import { createUiSlice } from "./uiSlice";

export type { StudioState } from "./types";

export const createStudioStore = () =>
  create<StudioState>()((...a) => ({
    ...createDocumentSlice(...a),
    ...createSelectionSlice(...a),
    ...createHistorySlice(...a),
    ...createUiSlice(...a),
    ...createRunDataSlice(...a),
    ...createRunViewSlice(...a),
    ...createLiveControlsSlice(...a),
    ...createRunSessionSlice(...a),
    ...createStructuredRunSlice(...a),
  }));

export const useStudio = createStudioStore();
