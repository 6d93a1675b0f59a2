// For persistence tests: a fresh in-memory IndexedDB (fake-indexeddb) per test, fresh copies of the
// modules that cache their connection, and raw access to the stored entries (to plant corrupt ones).
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { createStore, get, set } from "idb-keyval";
import { vi } from "vitest";
import { parsePipeline } from "../../engine/graph/schema";
import type { PipelineDocument } from "../../engine/graph/types";

export async function freshStorage() {
  globalThis.indexedDB = new IDBFactory();
  globalThis.IDBKeyRange = IDBKeyRange;
  vi.resetModules();
  const storage = await import("./pipelineStorage");
  const pipelines = await import("./pipelines");
  const { useStudio } = await import("../store");
  const raw = createStore("dstream-studio", "pipelines");
  return {
    storage,
    pipelines,
    useStudio,
    readRaw: (key: string) => get(key, raw),
    writeRaw: (key: string, value: unknown) => set(key, value, raw),
  };
}

/** A small valid pipeline, as the schema reads it: a text source into print. */
export function samplePipeline(name: string, lines = "a b c"): PipelineDocument {
  const parsed = parsePipeline({
    version: 1,
    name,
    batchIntervalMs: 1000,
    nodes: [
      { id: "lines", kind: "textLines", params: { lines, rate: 2 }, position: { x: 0, y: 0 } },
      { id: "out", kind: "print", params: { num: 5 }, position: { x: 300, y: 0 } },
    ],
    edges: [{ id: "e1", source: "lines", target: "out" }],
    settings: { defaultParallelism: 2, executors: 2, coresPerExecutor: 2, backpressure: false, seed: 7 },
  });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.doc;
}

/** One shared in-memory IndexedDB for several in-process "tabs" (see openTab). */
export function sharedIndexedDB(): void {
  globalThis.indexedDB = new IDBFactory();
  globalThis.IDBKeyRange = IDBKeyRange;
}

/** A "browser tab": its own copies of the store and persistence modules, on the shared IndexedDB. */
export async function openTab() {
  vi.resetModules();
  const storage = await import("./pipelineStorage");
  const pipelines = await import("./pipelines");
  const autosave = await import("./autosave");
  const conflict = await import("./tabConflict");
  const channel = await import("./tabChannel");
  const { useStudio } = await import("../store");
  const stopAutosave = autosave.startAutosave(useStudio);
  /** Settles when this tab hears the next save or delete from another tab. */
  const nextMessage = () =>
    new Promise<unknown>((resolve) => {
      const stop = channel.onOtherTabChange((message) => {
        stop();
        resolve(message);
      });
    });
  /** Settles when this tab hears a message of `type` from another tab. */
  const nextMessageOf = (type: string) =>
    new Promise<unknown>((resolve) => {
      const stop = channel.onOtherTabChange((message) => {
        if (message.type !== type) return;
        stop();
        resolve(message);
      });
    });
  const close = async () => {
    await stopAutosave();
    channel.closeTabChannel();
  };
  return { storage, pipelines, conflict, useStudio, nextMessage, nextMessageOf, close, stopAutosave };
}
