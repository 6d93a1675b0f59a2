// Saves the open pipeline to IndexedDB shortly after every change (and at once when the page is being
// hidden or closed), so a reload or a crash loses nothing. The toolbar shows the save status.
// A pipeline another tab just saved is not written until the user chooses whose version stays; this
// tab's edits to it are written as a copy meanwhile (conflictCopy.ts). Failures are shown, and retried.
import type { PipelineDocument } from "../../engine/graph/types";
import { t } from "../i18n/useT";
import type { useStudio } from "../store";
import { hasConflictCopy, saveConflictCopy } from "./conflictCopy";
import { isStoredAsIs, savePipeline, setCurrentPipelineId } from "./pipelineStorage";
import { reportStorageError } from "./storageErrors";
import { isSavePaused, startTabSync } from "./tabConflict";

const DEBOUNCE_MS = 300;

/** Returns the stop, which saves what is still waiting (the promise settles when it is written). */
export function startAutosave(store: typeof useStudio): () => Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Per pipeline: switching pipelines mid-debounce must still save the one being left.
  const pending = new Map<string, PipelineDocument>();
  // Edits to a paused pipeline this tab has since left: written as its copy, never over the other tab's.
  const asCopies = new Map<string, PipelineDocument>();

  const flush = async () => {
    clearTimeout(timer);
    timer = undefined;
    // One already stored as it is (e.g. "Keep mine") is dropped. A paused pipeline (another tab's save
    // waits on the user) is written as its copy instead, so closing this tab loses none of its edits.
    for (const [id, doc] of pending) if (isStoredAsIs(doc)) pending.delete(id);
    const paused = [...asCopies, ...[...pending].filter(([id]) => isSavePaused(id))];
    asCopies.clear();
    const batch = [...pending].filter(([id]) => !isSavePaused(id));
    pending.clear();
    if (batch.length === 0 && paused.length === 0) return;
    try {
      for (const [id, doc] of paused) await saveConflictCopy(id, doc);
      for (const [id, doc] of batch) await savePipeline(id, doc);
      if (batch.length > 0) await setCurrentPipelineId(store.getState().pipelineId);
      const { doc } = store.getState();
      if (pending.size === 0 && (batch.some(([, saved]) => saved === doc) || isStoredAsIs(doc)))
        store.getState().setSaveStatus("saved");
    } catch (e) {
      // Kept for the next try (the next edit, or the page being hidden) unless newer edits replaced it.
      for (const [id, doc] of paused) if (!asCopies.has(id)) asCopies.set(id, doc);
      for (const [id, doc] of batch) if (!pending.has(id) && !isStoredAsIs(doc)) pending.set(id, doc);
      store.getState().setSaveStatus("error");
      reportStorageError(t("notices.storage.action.save"), e);
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc === previous.doc && state.pipelineId === previous.pipelineId) return;
    const leaving = state.pipelineId !== previous.pipelineId;
    const left = pending.get(previous.pipelineId);
    if (leaving && left && isSavePaused(previous.pipelineId)) {
      pending.delete(previous.pipelineId);
      asCopies.set(previous.pipelineId, left);
    }
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
    if (pending.size > 0 || asCopies.size > 0) timer = setTimeout(flush, leaving ? 0 : DEBOUNCE_MS);
  });
  // After the subscription above: on leaving a paused pipeline, autosave sees it still paused.
  const stopTabSync = startTabSync(store);
  const onHide = () => void flush();
  // Closing while another tab's save is unanswered and this tab has edits of its own (waiting, or in
  // their copy): the browser asks first, so the user can still choose; their copy is written now.
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    const risky =
      asCopies.size > 0 ||
      [...pending.keys()].some(isSavePaused) ||
      hasConflictCopy(store.getState().pipelineId);
    void flush();
    if (!risky) return;
    event.preventDefault();
    event.returnValue = "";
  };
  const browser = typeof window !== "undefined" && typeof document !== "undefined";
  if (browser) {
    window.addEventListener("pagehide", onHide);
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("visibilitychange", onHide);
  }
  return () => {
    unsubscribe();
    if (browser) {
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("visibilitychange", onHide);
    }
    const saved = flush(); // picks what to write before the pause is lifted
    stopTabSync();
    return saved;
  };
}
