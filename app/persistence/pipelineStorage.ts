// Named pipelines kept in IndexedDB (idb-keyval): an index of {id, name, updatedAt} plus one entry per
// document, and the id of the pipeline open last, so a reload reopens it.
import { createStore, del, get, set, type UseStore } from "idb-keyval";
import type { PipelineDocument } from "../../engine/graph/types";

export interface StoredPipelineInfo {
  id: string;
  name: string;
  updatedAt: number;
  nodeCount: number;
}

const INDEX_KEY = "index";
const CURRENT_KEY = "current";
const docKey = (id: string) => `doc:${id}`;

let idb: UseStore | null = null;
const db = () => (idb ??= createStore("dstream-studio", "pipelines"));

export async function listPipelines(): Promise<StoredPipelineInfo[]> {
  const index = (await get<StoredPipelineInfo[]>(INDEX_KEY, db())) ?? [];
  return [...index].sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function loadPipeline(id: string): Promise<unknown> {
  return get(docKey(id), db());
}

export async function savePipeline(id: string, doc: PipelineDocument): Promise<void> {
  await set(docKey(id), doc, db());
  const index = (await get<StoredPipelineInfo[]>(INDEX_KEY, db())) ?? [];
  const info: StoredPipelineInfo = { id, name: doc.name, updatedAt: Date.now(), nodeCount: doc.nodes.length };
  await set(INDEX_KEY, [...index.filter((p) => p.id !== id), info], db());
}

export async function deletePipeline(id: string): Promise<void> {
  await del(docKey(id), db());
  const index = (await get<StoredPipelineInfo[]>(INDEX_KEY, db())) ?? [];
  await set(
    INDEX_KEY,
    index.filter((p) => p.id !== id),
    db(),
  );
}

export async function getCurrentPipelineId(): Promise<string | undefined> {
  return get<string>(CURRENT_KEY, db());
}

export async function setCurrentPipelineId(id: string): Promise<void> {
  await set(CURRENT_KEY, id, db());
}
