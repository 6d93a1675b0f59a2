// When another tab saves the pipeline open here, this tab pauses its autosave for it and asks the user:
// keep this tab's version (saved over theirs) or load theirs. Other pipelines are not affected. Edits
// made here meanwhile are kept as a copy (conflictCopy.ts), so closing the tab loses nothing.

import { t } from "../i18n/useT";
import type { useStudio } from "../store";
import { dropConflictCopy, keepConflictCopy } from "./conflictCopy";
import { savePipeline } from "./pipelineStorage";
import { openPipeline } from "./pipelines";
import { reportStorageError } from "./storageErrors";
import { onOtherTabChange, type TabMessage } from "./tabChannel";
import { useTabConflict } from "./tabConflictState";

export { isSavePaused, useTabConflict } from "./tabConflictState";

let studio: typeof useStudio | null = null;

function toldOfCopy(store: typeof useStudio, message: TabMessage): void {
  const open = store.getState();
  const name = open.pipelineId === message.pipelineId ? `"${open.doc.name}"` : t("notices.storage.aPipeline");
  open.showToast(t("notices.storage.otherTabCopied", { name, copy: message.copyName }), "info");
}

function toldCopyKept(store: typeof useStudio, copyName: string | undefined): void {
  if (copyName) store.getState().showToast(t("notices.storage.copyKept", { copy: copyName }), "info");
}

/** Listens to the other tabs; returns the stop. Called by startAutosave. */
export function startTabSync(store: typeof useStudio): () => void {
  studio = store;
  const stopListening = onOtherTabChange((message) => {
    if (message.type === "copied") return toldOfCopy(store, message);
    if (message.type !== "saved" || store.getState().pipelineId !== message.pipelineId) return;
    useTabConflict.setState({ conflictId: message.pipelineId });
    store.getState().setSaveStatus("unsaved");
  });
  // Opening another pipeline ends the question about the one left (its copy, if any, stays).
  const stopWatching = store.subscribe((state, previous) => {
    if (state.pipelineId === previous.pipelineId || useTabConflict.getState().conflictId === null) return;
    useTabConflict.setState({ conflictId: null });
    toldCopyKept(store, keepConflictCopy());
  });
  return () => {
    stopListening();
    stopWatching();
    useTabConflict.setState({ conflictId: null, copy: null });
  };
}

/** "Keep mine": this tab's version is saved over the other tab's (which in turn is told). */
export async function keepMine(): Promise<void> {
  const id = useTabConflict.getState().conflictId;
  if (id === null || studio === null) return;
  useTabConflict.setState({ conflictId: null });
  const { doc } = studio.getState();
  try {
    await savePipeline(id, doc);
  } catch (e) {
    // Still undecided: the question stays, and the copy keeps the edits.
    useTabConflict.setState({ conflictId: id });
    return reportStorageError(t("notices.storage.action.keepMine"), e);
  }
  if (studio.getState().doc === doc) studio.getState().setSaveStatus("saved");
  try {
    await dropConflictCopy();
  } catch (e) {
    reportStorageError(t("notices.storage.action.dropCopy"), e);
  }
}

/** "Load their version": reopens the pipeline from storage, as opening it does (a fresh undo history). */
export async function loadTheirs(): Promise<void> {
  const id = useTabConflict.getState().conflictId;
  if (id === null) return;
  // The pause holds until their version is in: until then autosave could still write this tab's.
  let loaded = false;
  try {
    loaded = await openPipeline(id);
  } catch (e) {
    return reportStorageError(t("notices.storage.action.loadTheirs"), e);
  }
  useTabConflict.setState({ conflictId: null });
  if (loaded) studio?.getState().setSaveStatus("saved");
  if (studio) toldCopyKept(studio, keepConflictCopy());
}
