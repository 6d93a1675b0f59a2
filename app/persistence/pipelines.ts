// Opening, creating, renaming, duplicating and deleting named pipelines: the pipelines menu, the
// examples gallery and share links all go through here so the store and IndexedDB stay in step.
import { parsePipeline } from "../../engine/graph/schema";
import type { PipelineDocument } from "../../engine/graph/types";
import { useStudio } from "../store";
import { newId, newPipelineDocument } from "../store/defaults";
import {
  deletePipeline as deleteStored,
  getCurrentPipelineId,
  listPipelines,
  loadPipeline,
  savePipeline,
  setCurrentPipelineId,
} from "./pipelineStorage";

/** Opens a document as a new stored pipeline (examples, imports, share links). */
export async function openDocumentAsNew(doc: PipelineDocument): Promise<string> {
  const id = newId("p");
  await savePipeline(id, doc);
  await setCurrentPipelineId(id);
  useStudio.getState().loadDocument(doc, id);
  return id;
}

export async function newPipeline(): Promise<string> {
  const existing = new Set((await listPipelines()).map((p) => p.name));
  let name = "Untitled pipeline";
  for (let i = 2; existing.has(name); i++) name = `Untitled pipeline ${i}`;
  return openDocumentAsNew(newPipelineDocument(name));
}

export async function openPipeline(id: string): Promise<boolean> {
  const parsed = parsePipeline(await loadPipeline(id));
  if (!parsed.ok) {
    useStudio.getState().showToast(`This saved pipeline cannot be opened: ${parsed.errors[0]}`);
    return false;
  }
  await setCurrentPipelineId(id);
  useStudio.getState().loadDocument(parsed.doc, id);
  return true;
}

export async function duplicatePipeline(id: string): Promise<string | null> {
  const parsed = parsePipeline(await loadPipeline(id));
  if (!parsed.ok) return null;
  return openDocumentAsNew({ ...parsed.doc, name: `${parsed.doc.name} (copy)` });
}

export async function renamePipeline(id: string, name: string): Promise<void> {
  const state = useStudio.getState();
  if (state.pipelineId === id) {
    state.setPipelineMeta({ name });
    await savePipeline(id, useStudio.getState().doc); // now, so the pipelines list shows it at once
    return;
  }
  const parsed = parsePipeline(await loadPipeline(id));
  if (parsed.ok) await savePipeline(id, { ...parsed.doc, name });
}

/** Deletes a stored pipeline; deleting the open one opens the most recent other (or a new one). */
export async function deletePipeline(id: string): Promise<void> {
  await deleteStored(id);
  if (useStudio.getState().pipelineId !== id) return;
  const next = (await listPipelines())[0];
  if (!next || !(await openPipeline(next.id))) await newPipeline();
}

/** At start-up: reopen the pipeline that was open last, or start a fresh one. */
export async function restoreLastSession(): Promise<void> {
  const id = await getCurrentPipelineId();
  if (id && (await loadPipeline(id)) !== undefined && (await openPipeline(id))) return;
  await newPipeline();
}
