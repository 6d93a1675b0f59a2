import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parsePipeline } from "../../engine/graph/schema";
import { freshStorage, samplePipeline } from "./idb.testkit";

let kit: Awaited<ReturnType<typeof freshStorage>>;
let clock = 1_000;
beforeEach(async () => {
  kit = await freshStorage();
  clock = 1_000;
  // A manual clock for updatedAt: every save is one second after the previous one.
  vi.spyOn(Date, "now").mockImplementation(() => (clock += 1_000));
});
afterEach(() => vi.restoreAllMocks());

describe("pipelineStorage (IndexedDB)", () => {
  it("loads back exactly the document it saved, and lists it", async () => {
    const doc = samplePipeline("Word count", "to be or not to be");
    await kit.storage.savePipeline("p-1", doc);
    const loaded = await kit.storage.loadPipeline("p-1");
    expect(loaded).toEqual(doc);
    const parsed = parsePipeline(loaded);
    expect(parsed.ok && parsed.doc).toEqual(doc);
    expect(await kit.storage.listPipelines()).toEqual([
      { id: "p-1", name: "Word count", updatedAt: expect.any(Number), nodeCount: 2 },
    ]);
  });

  it("keeps several named pipelines apart, newest first; a re-save updates its entry in place", async () => {
    await kit.storage.savePipeline("a", samplePipeline("Alpha", "a"));
    await kit.storage.savePipeline("b", samplePipeline("Beta", "b"));
    await kit.storage.savePipeline("c", samplePipeline("Gamma", "c"));
    await kit.storage.savePipeline("a", { ...samplePipeline("Alpha v2", "a a"), nodes: [] });

    const list = await kit.storage.listPipelines();
    expect(list.map((p) => [p.id, p.name, p.nodeCount])).toEqual([
      ["a", "Alpha v2", 0],
      ["c", "Gamma", 2],
      ["b", "Beta", 2],
    ]);
    expect(await kit.storage.loadPipeline("b")).toEqual(samplePipeline("Beta", "b"));
    expect((await kit.storage.loadPipeline("a")) as { name: string }).toMatchObject({ name: "Alpha v2" });
  });

  it("deletes one pipeline and nothing else", async () => {
    for (const id of ["a", "b", "c"]) await kit.storage.savePipeline(id, samplePipeline(id));
    await kit.storage.deletePipeline("b");
    expect((await kit.storage.listPipelines()).map((p) => p.id).sort()).toEqual(["a", "c"]);
    expect(await kit.storage.loadPipeline("b")).toBeUndefined();
    expect(await kit.storage.loadPipeline("c")).toEqual(samplePipeline("c"));
  });

  it("lists every pipeline after saves that overlap in time (no lost index entry)", async () => {
    const ids = ["a", "b", "c", "d", "e"];
    await Promise.all(ids.map((id) => kit.storage.savePipeline(id, samplePipeline(id))));
    expect((await kit.storage.listPipelines()).map((p) => p.id).sort()).toEqual(ids);
  });

  it("remembers which pipeline was open", async () => {
    expect(await kit.storage.getCurrentPipelineId()).toBeUndefined();
    await kit.storage.setCurrentPipelineId("p-7");
    expect(await kit.storage.getCurrentPipelineId()).toBe("p-7");
  });

  it("recovers the list from the stored documents when the index is corrupt, and saving still works", async () => {
    await kit.storage.savePipeline("a", samplePipeline("Alpha"));
    await kit.storage.savePipeline("b", samplePipeline("Beta"));
    await kit.writeRaw("index", { not: "a list" });

    const list = await kit.storage.listPipelines();
    expect(list.map((p) => [p.id, p.name]).sort()).toEqual([
      ["a", "Alpha"],
      ["b", "Beta"],
    ]);
    await kit.storage.savePipeline("c", samplePipeline("Gamma"));
    expect((await kit.storage.listPipelines()).map((p) => p.id).sort()).toEqual(["a", "b", "c"]);
  });

  it("skips malformed index entries without losing the good ones or their documents", async () => {
    await kit.storage.savePipeline("a", samplePipeline("Alpha"));
    const index = (await kit.readRaw("index")) as unknown[];
    await kit.writeRaw("index", [...index, null, 42, { id: 5 }]);

    expect((await kit.storage.listPipelines()).map((p) => p.id)).toEqual(["a"]);
    await kit.storage.savePipeline("b", samplePipeline("Beta"));
    await kit.storage.deletePipeline("a");
    expect((await kit.storage.listPipelines()).map((p) => p.id)).toEqual(["b"]);
  });

  it("lists a stored document that has no index entry (e.g. written before a crash)", async () => {
    await kit.storage.savePipeline("a", samplePipeline("Alpha"));
    await kit.writeRaw("doc:orphan", samplePipeline("Orphan"));
    const list = await kit.storage.listPipelines();
    expect(list.map((p) => [p.id, p.name, p.nodeCount])).toContainEqual(["orphan", "Orphan", 2]);
  });
});
