// Named pipelines kept in IndexedDB (idb-keyval): an index of {id, name, updatedAt} plus one entry per
// document, and the id of the pipeline open last, so a reload reopens it.
// The documents are the truth and the index only lists them: the index is updated in one transaction
// (overlapping saves can't drop each other's entries), a malformed index or entry is skipped rather than
// thrown on, and a document missing from the index is still listed.
import { createStore, del, get, keys, set, type UseStore, update } from "idb-keyval";
import type { PipelineDocument } from "../../engine/graph/types";
import { t } from "../i18n/useT";
import { announce } from "./tabChannel";

export interface StoredPipelineInfo {
  id: string;
  name: string;
  updatedAt: number;
  nodeCount: number;
}

const INDEX_KEY = "index";
const CURRENT_KEY = "current";
const DOC_PREFIX = "doc:";
const docKey = (id: string) => `${DOC_PREFIX}${id}`;

let idb: UseStore | null = null;
const db = () => (idb ??= createStore("dstream-studio", "pipelines"));

function isInfo(entry: unknown): entry is StoredPipelineInfo {
  if (typeof entry !== "object" || entry === null) return false;
  const e = entry as Record<string, unknown>;
  return typeof e.id === "string" && typeof e.name === "string" && typeof e.updatedAt === "number";
}

/** The index's well-formed entries (anything else stored under the key reads as no entries). */
function indexEntries(stored: unknown): StoredPipelineInfo[] {
  return Array.isArray(stored) ? stored.filter(isInfo) : [];
}

/** An index entry for a document the index lost: named from the document when it has a name. */
function recoveredInfo(id: string, doc: unknown): StoredPipelineInfo {
  const d = (typeof doc === "object" && doc !== null ? doc : {}) as Record<string, unknown>;
  return {
    id,
    name: typeof d.name === "string" ? d.name : t("notices.storage.unreadable", { id }),
    updatedAt: 0,
    nodeCount: Array.isArray(d.nodes) ? d.nodes.length : 0,
  };
}

export async function listPipelines(): Promise<StoredPipelineInfo[]> {
  const [stored, storedKeys] = await Promise.all([get(INDEX_KEY, db()), keys(db())]);
  const index = indexEntries(stored);
  const docIds = storedKeys
    .filter((k): k is string => typeof k === "string" && k.startsWith(DOC_PREFIX))
    .map((k) => k.slice(DOC_PREFIX.length));
  const listed = new Set(index.map((p) => p.id));
  const unlisted = docIds.filter((id) => !listed.has(id));
  const recovered = await Promise.all(unlisted.map(async (id) => recoveredInfo(id, await loadPipeline(id))));
  const present = new Set(docIds);
  return [...index.filter((p) => present.has(p.id)), ...recovered].sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function loadPipeline(id: string): Promise<unknown> {
  return get(docKey(id), db());
}

// Documents known to be exactly what is stored (just saved, or just read from storage): autosave skips
// them, so opening a pipeline doesn't write it back and tell the other tabs it changed.
const storedAsIs = new WeakSet<PipelineDocument>();
export const markStoredAsIs = (doc: PipelineDocument) => void storedAsIs.add(doc);
export const isStoredAsIs = (doc: PipelineDocument) => storedAsIs.has(doc);

export async function savePipeline(id: string, doc: PipelineDocument): Promise<void> {
  await set(docKey(id), doc, db());
  storedAsIs.add(doc);
  const info: StoredPipelineInfo = { id, name: doc.name, updatedAt: Date.now(), nodeCount: doc.nodes.length };
  await update(INDEX_KEY, (stored) => [...indexEntries(stored).filter((p) => p.id !== id), info], db());
  announce("saved", id);
}

export async function deletePipeline(id: string): Promise<void> {
  await del(docKey(id), db());
  await update(INDEX_KEY, (stored) => indexEntries(stored).filter((p) => p.id !== id), db());
  announce("deleted", id);
}

export async function getCurrentPipelineId(): Promise<string | undefined> {
  const id = await get(CURRENT_KEY, db());
  return typeof id === "string" ? id : undefined;
}

export async function setCurrentPipelineId(id: string): Promise<void> {
  await set(CURRENT_KEY, id, db());
}
