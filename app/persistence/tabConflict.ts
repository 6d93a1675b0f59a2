// When another tab saves the pipeline open here, this tab pauses its autosave for it and asks the user:
// keep this tab's version (saved over theirs) or load theirs. Other pipelines are not affected.
import type { useStudio } from "../store";
import { savePipeline } from "./pipelineStorage";
import { openPipeline } from "./pipelines";
import { onOtherTabChange } from "./tabChannel";
import { useTabConflict } from "./tabConflictState";

export { isSavePaused, useTabConflict } from "./tabConflictState";

let studio: typeof useStudio | null = null;

/** Listens to the other tabs; returns the stop. Called by startAutosave. */
export function startTabSync(store: typeof useStudio): () => void {
  studio = store;
  const stopListening = onOtherTabChange((message) => {
    if (message.type !== "saved" || store.getState().pipelineId !== message.pipelineId) return;
    useTabConflict.setState({ conflictId: message.pipelineId });
    store.getState().setSaveStatus("unsaved");
  });
  // Opening another pipeline ends the question about the one left.
  const stopWatching = store.subscribe((state, previous) => {
    if (state.pipelineId !== previous.pipelineId) useTabConflict.setState({ conflictId: null });
  });
  return () => {
    stopListening();
    stopWatching();
    useTabConflict.setState({ conflictId: null });
  };
}

/** "Keep mine": this tab's version is saved over the other tab's (which in turn is told). */
export async function keepMine(): Promise<void> {
  const id = useTabConflict.getState().conflictId;
  if (id === null || studio === null) return;
  useTabConflict.setState({ conflictId: null });
  const { doc } = studio.getState();
  await savePipeline(id, doc);
  if (studio.getState().doc === doc) studio.getState().setSaveStatus("saved");
}

/** "Load their version": reopens the pipeline from storage, as opening it does (a fresh undo history). */
export async function loadTheirs(): Promise<void> {
  const id = useTabConflict.getState().conflictId;
  if (id === null) return;
  // The pause holds until their version is in: until then autosave could still write this tab's.
  const loaded = await openPipeline(id);
  useTabConflict.setState({ conflictId: null });
  if (loaded) studio?.getState().setSaveStatus("saved");
}
