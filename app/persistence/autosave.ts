// Saves the open pipeline to IndexedDB shortly after every change (and at once when the page is being
// hidden or closed), so a reload or a crash loses nothing. The toolbar shows the save status.
// A pipeline another tab just saved is not written until the user chooses whose version stays.
import type { PipelineDocument } from "../../engine/graph/types";
import type { useStudio } from "../store";
import { isStoredAsIs, savePipeline, setCurrentPipelineId } from "./pipelineStorage";
import { isSavePaused, startTabSync } from "./tabConflict";

const DEBOUNCE_MS = 300;

/** Returns the stop, which saves what is still waiting (the promise settles when it is written). */
export function startAutosave(store: typeof useStudio): () => Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Per pipeline: switching pipelines mid-debounce must still save the one being left.
  const pending = new Map<string, PipelineDocument>();
  const stopTabSync = startTabSync(store);

  const flush = async () => {
    clearTimeout(timer);
    timer = undefined;
    // A paused pipeline waits in `pending`; one already stored as it is (e.g. "Keep mine") is dropped.
    for (const [id, doc] of pending) if (isStoredAsIs(doc)) pending.delete(id);
    const batch = [...pending].filter(([id]) => !isSavePaused(id));
    for (const [id] of batch) pending.delete(id);
    if (batch.length === 0) return;
    try {
      for (const [id, doc] of batch) await savePipeline(id, doc);
      await setCurrentPipelineId(store.getState().pipelineId);
      const { doc } = store.getState();
      if (pending.size === 0 && (batch.some(([, saved]) => saved === doc) || isStoredAsIs(doc)))
        store.getState().setSaveStatus("saved");
    } catch (e) {
      store.getState().setSaveStatus("error");
      store.getState().showToast(`Could not save the pipeline in this browser: ${(e as Error).message}`);
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc === previous.doc && state.pipelineId === previous.pipelineId) return;
    const leaving = state.pipelineId !== previous.pipelineId;
    if (isStoredAsIs(state.doc)) {
      // Just opened or reloaded: nothing to write for it, only what was left behind.
      pending.delete(state.pipelineId);
      if (pending.size === 0) state.setSaveStatus("saved");
    } else {
      pending.set(state.pipelineId, state.doc);
      state.setSaveStatus(isSavePaused(state.pipelineId) ? "unsaved" : "saving");
    }
    clearTimeout(timer);
    // Leaving a pipeline: save it now rather than after the debounce.
    if (pending.size > 0) timer = setTimeout(flush, leaving ? 0 : DEBOUNCE_MS);
  });
  const onHide = () => void flush();
  const browser = typeof window !== "undefined" && typeof document !== "undefined";
  if (browser) {
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onHide);
  }
  return () => {
    unsubscribe();
    if (browser) {
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onHide);
    }
    const saved = flush(); // picks what to write before the pause is lifted
    stopTabSync();
    return saved;
  };
}
