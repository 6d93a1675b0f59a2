// Saves the open pipeline to IndexedDB shortly after every change (and at once when the page is being
// hidden or closed), so a reload or a crash loses nothing. The toolbar shows the save status.
import type { PipelineDocument } from "../../engine/graph/types";
import type { useStudio } from "../store";
import { savePipeline, setCurrentPipelineId } from "./pipelineStorage";

const DEBOUNCE_MS = 300;

export function startAutosave(store: typeof useStudio): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Per pipeline: switching pipelines mid-debounce must still save the one being left.
  const pending = new Map<string, PipelineDocument>();

  const flush = async () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return;
    const batch = [...pending];
    pending.clear();
    try {
      for (const [id, doc] of batch) await savePipeline(id, doc);
      await setCurrentPipelineId(store.getState().pipelineId);
      const { doc } = store.getState();
      if (pending.size === 0 && batch.some(([, saved]) => saved === doc))
        store.getState().setSaveStatus("saved");
    } catch (e) {
      store.getState().setSaveStatus("error");
      store.getState().showToast(`Could not save the pipeline in this browser: ${(e as Error).message}`);
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc === previous.doc && state.pipelineId === previous.pipelineId) return;
    pending.set(state.pipelineId, state.doc);
    state.setSaveStatus("saving");
    clearTimeout(timer);
    // Leaving a pipeline: save it now rather than after the debounce.
    timer = setTimeout(flush, state.pipelineId === previous.pipelineId ? DEBOUNCE_MS : 0);
  });
  const onHide = () => void flush();
  window.addEventListener("pagehide", onHide);
  document.addEventListener("visibilitychange", onHide);
  return () => {
    unsubscribe();
    window.removeEventListener("pagehide", onHide);
    document.removeEventListener("visibilitychange", onHide);
    void flush();
  };
}
