// Opening, creating, renaming, duplicating and deleting named pipelines: the pipelines menu, the
// examples gallery and share links all go through here so the store and IndexedDB stay in step.
import type { PipelineDocument, PipelineMode } from "../../engine/graph/types";
import { t } from "../i18n/useT";
import { useStudio } from "../store";
import { newId, newPipelineDocument } from "../store/newPipeline";
import { newPipelineStrings } from "../structured/newPipeline/newPipelineStrings";
import {
  deletePipeline as deleteStored,
  getCurrentPipelineId,
  listPipelines,
  loadPipeline,
  markStoredAsIs,
  savePipeline,
  setCurrentPipelineId,
} from "./pipelineStorage";
import { setTrust, trustOf } from "./pipelineTrust";
import { reported, reportStorageError } from "./storageErrors";
import { isSavePaused } from "./tabConflictState";

/**
 * Opens a document as a new stored pipeline (examples, imports, share links). `beforeOpen` runs once the
 * id is known and before the pipeline becomes the open one (a share link marks it as someone else's).
 * When the browser refuses to store it (a full quota), the user is told and the promise rejects, so no
 * caller reports success.
 */
export async function openDocumentAsNew(
  doc: PipelineDocument,
  beforeOpen?: (id: string) => Promise<void>,
): Promise<string> {
  const id = newId("p");
  try {
    await beforeOpen?.(id);
    await savePipeline(id, doc);
    await setCurrentPipelineId(id);
  } catch (e) {
    reportStorageError(t("notices.storage.action.store", { name: doc.name }), e);
    throw e;
  }
  useStudio.getState().loadDocument(doc, id);
  return id;
}

/** Creates and opens an empty pipeline of the chosen mode (a DStream pipeline or a structured query). */
export async function newPipeline(mode: PipelineMode = "dstream"): Promise<string> {
  const existing = new Set((await listPipelines()).map((p) => p.name));
  const base = mode === "structured" ? newPipelineStrings.untitledQuery : newPipelineStrings.untitledPipeline;
  let name = base;
  for (let i = 2; existing.has(name); i++) name = `${base} ${i}`;
  return openDocumentAsNew(newPipelineDocument(name, mode));
}

type StoredRead = { ok: true; doc: PipelineDocument } | { ok: false; what: string; problem: string };

/** Reads and checks a stored pipeline; a damaged one is left exactly as stored. */
async function readStored(id: string): Promise<StoredRead> {
  const stored = await loadPipeline(id);
  // The schema (zod) is loaded when stored data is first read, not with the page.
  const { parsePipeline } = await import("../../engine/graph/documentIO");
  const parsed = parsePipeline(stored);
  if (parsed.ok) return parsed;
  const named = (stored as { name?: unknown } | undefined)?.name;
  const name = typeof named === "string" ? named : (await listPipelines()).find((p) => p.id === id)?.name;
  const what =
    name === undefined ? t("notices.storage.thisPipeline") : t("notices.storage.namedPipeline", { name });
  if (stored === undefined) return { ok: false, what, problem: t("notices.storage.gone") };
  const more = parsed.errors.length - 1;
  const problem =
    more > 0
      ? t("notices.storage.damagedMore", { error: parsed.errors[0], count: more })
      : t("notices.storage.damaged", { error: parsed.errors[0] });
  return { ok: false, what, problem };
}

function refuse(
  read: { what: string; problem: string },
  action: "open" | "duplicate" | "rename" | "reopen",
): void {
  useStudio
    .getState()
    .showToast(t(`notices.storage.cannot.${action}`, { what: read.what, problem: read.problem }));
}

async function show(id: string, doc: PipelineDocument): Promise<void> {
  markStoredAsIs(doc);
  await setCurrentPipelineId(id);
  useStudio.getState().loadDocument(doc, id);
}

export async function openPipeline(id: string): Promise<boolean> {
  const read = await readStored(id);
  if (!read.ok) refuse(read, "open");
  else await show(id, read.doc);
  return read.ok;
}

/** Opens the most recently saved pipeline that reads cleanly (damaged ones are skipped quietly). */
async function openNewestReadable(exceptId?: string): Promise<boolean> {
  for (const info of await listPipelines()) {
    if (info.id === exceptId) continue;
    const read = await readStored(info.id);
    if (!read.ok) continue;
    await show(info.id, read.doc);
    return true;
  }
  return false;
}

/** The pipelines menu's actions: a storage failure is shown to the user, and the action resolves. */
export const duplicatePipeline = (id: string) =>
  reported(t("notices.storage.action.duplicate"), () => duplicateStored(id)).then((copy) => copy ?? null);
export const renamePipeline = (id: string, name: string) =>
  reported(t("notices.storage.action.rename"), () => renameStored(id, name)).then(() => undefined);
export const deletePipeline = (id: string) =>
  reported(t("notices.storage.action.delete"), () => deleteAndMoveOn(id)).then(() => undefined);

async function duplicateStored(id: string): Promise<string | null> {
  const read = await readStored(id);
  if (!read.ok) {
    refuse(read, "duplicate");
    return null;
  }
  // A copy carries the original's functions, so it carries its trust mark too: a copy of someone
  // else's pipeline must not run without asking.
  const trust = await trustOf(id);
  const markCopy = trust ? (copyId: string) => setTrust(copyId, trust) : undefined;
  return openDocumentAsNew(
    { ...read.doc, name: t("notices.storage.copyName", { name: read.doc.name }) },
    markCopy,
  );
}

async function renameStored(id: string, name: string): Promise<void> {
  const state = useStudio.getState();
  if (state.pipelineId === id) {
    state.setPipelineMeta({ name });
    // Now, so the pipelines list shows it at once; not over another tab's save the user hasn't seen.
    if (!isSavePaused(id)) await savePipeline(id, useStudio.getState().doc);
    return;
  }
  const read = await readStored(id);
  if (read.ok) await savePipeline(id, { ...read.doc, name });
  else refuse(read, "rename");
}

/** Deletes a stored pipeline; deleting the open one opens the most recent other (or a new one). */
async function deleteAndMoveOn(id: string): Promise<void> {
  await deleteStored(id);
  if (useStudio.getState().pipelineId !== id) return;
  if (!(await openNewestReadable())) await newPipeline();
}

/**
 * At start-up: reopen the pipeline that was open last; if it is gone or damaged (the user is told), the
 * newest pipeline that reads cleanly; else start a fresh one. Nothing stored is changed or removed.
 */
export async function restoreLastSession(): Promise<void> {
  // Loading clears the toasts; one raised before (a damaged share link) must still be seen.
  const earlier = useStudio.getState().toasts;
  await reopenLastPipeline();
  for (const toast of earlier) useStudio.getState().showToast(toast.message, toast.tone);
}

async function reopenLastPipeline(): Promise<void> {
  const id = await getCurrentPipelineId();
  const last = id !== undefined && (await loadPipeline(id)) !== undefined ? await readStored(id) : undefined;
  if (id && last?.ok) return show(id, last.doc);
  if (!(await openNewestReadable(id))) await newPipeline();
  // After loading, which clears the toasts of the pipeline it replaces.
  if (last && !last.ok) refuse(last, "reopen");
}
