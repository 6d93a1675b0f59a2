// While another tab's save of the open pipeline waits on the user's choice ("Load their version" /
// "Keep mine"), this tab's edits are not written over it, and yet must not live only in memory: closing
// the tab would lose them. They are saved as a copy, "<name> (unsaved copy)", kept up to date while the
// question is open; the other tab is told once, so both know where the edits are. "Keep mine" removes
// the copy (its content is then saved over theirs); "Load their version" leaves it in the list.
import type { PipelineDocument } from "../../engine/graph/types";
import { t } from "../i18n/useT";
import { newId } from "../store/newPipeline";
import { deletePipeline, savePipeline } from "./pipelineStorage";
import { setTrust, trustOf } from "./pipelineTrust";
import { announce } from "./tabChannel";
import { useTabConflict } from "./tabConflictState";

export const copyNameOf = (name: string) => t("notices.storage.unsavedCopyName", { name });

/** Writes this tab's version of a paused pipeline as its copy; the first write tells the other tabs. */
export async function saveConflictCopy(pipelineId: string, doc: PipelineDocument): Promise<void> {
  const state = useTabConflict.getState();
  const first = state.copy === null;
  const copy = state.copy ?? { id: newId("p"), name: copyNameOf(doc.name) };
  if (first) useTabConflict.setState({ copy });
  await savePipeline(copy.id, { ...doc, name: copy.name });
  // The copy holds the same functions: someone else's pipeline stays asked about in its copy too.
  if (first) {
    const trust = await trustOf(pipelineId);
    if (trust) await setTrust(copy.id, trust);
  }
  if (first) announce("copied", pipelineId, copy.name);
}

/** Whether the open question about `pipelineId` has edits of this tab kept in a copy. */
export function hasConflictCopy(pipelineId: string): boolean {
  const { conflictId, copy } = useTabConflict.getState();
  return conflictId === pipelineId && copy !== null;
}

/** After "Keep mine": this tab's version is the pipeline itself again, so its copy goes. */
export async function dropConflictCopy(): Promise<void> {
  const { copy } = useTabConflict.getState();
  useTabConflict.setState({ copy: null });
  if (copy) await deletePipeline(copy.id);
}

/** After "Load their version" (or leaving the pipeline): the copy stays; returns its name, if any. */
export function keepConflictCopy(): string | undefined {
  const { copy } = useTabConflict.getState();
  useTabConflict.setState({ copy: null });
  return copy?.name;
}
