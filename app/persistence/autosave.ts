// Saves the open pipeline to IndexedDB shortly after every change (and at once when the page is being
// hidden or closed), so a reload or a crash loses nothing. The toolbar shows the save status.
import type { PipelineDocument } from "../../engine/graph/types";
import type { useStudio } from "../store";
import { savePipeline, setCurrentPipelineId } from "./pipelineStorage";

const DEBOUNCE_MS = 300;

export function startAutosave(store: typeof useStudio): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { id: string; doc: PipelineDocument } | null = null;

  const flush = async () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { id, doc } = pending;
    pending = null;
    try {
      await savePipeline(id, doc);
      await setCurrentPipelineId(id);
      if (!pending && store.getState().doc === doc) store.getState().setSaveStatus("saved");
    } catch (e) {
      store.getState().setSaveStatus("error");
      store.getState().showToast(`Could not save the pipeline in this browser: ${(e as Error).message}`);
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc === previous.doc && state.pipelineId === previous.pipelineId) return;
    pending = { id: state.pipelineId, doc: state.doc };
    state.setSaveStatus("saving");
    clearTimeout(timer);
    timer = setTimeout(flush, DEBOUNCE_MS);
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
