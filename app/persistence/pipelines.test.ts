import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { freshStorage, samplePipeline } from "./idb.testkit";

let kit: Awaited<ReturnType<typeof freshStorage>>;
beforeEach(async () => {
  kit = await freshStorage();
  // A manual clock: each save is later than the one before, so "most recent" is well defined.
  let clock = 1_000;
  vi.spyOn(Date, "now").mockImplementation(() => (clock += 1_000));
});
afterEach(() => vi.restoreAllMocks());

const state = () => kit.useStudio.getState();
const toasts = () => state().toasts.map((t) => t.message);
/** A stored pipeline whose document no longer reads as a pipeline (its index entry is fine). */
const CORRUPT = { version: 1, name: "Broken", batchIntervalMs: "soon", nodes: "x" };

async function storeCorrupt(id: string) {
  await kit.storage.savePipeline(id, samplePipeline("Broken"));
  await kit.writeRaw(`doc:${id}`, CORRUPT);
}

describe("pipelines: opening, switching and corrupt entries", () => {
  it("opens a stored pipeline into the editor and remembers it as the one open", async () => {
    await kit.storage.savePipeline("a", samplePipeline("Alpha", "x y"));
    expect(await kit.pipelines.openPipeline("a")).toBe(true);
    expect(state().pipelineId).toBe("a");
    expect(state().doc).toEqual(samplePipeline("Alpha", "x y"));
    expect(await kit.storage.getCurrentPipelineId()).toBe("a");
  });

  it("refuses a corrupt document with a message naming it and what is wrong; nothing is lost", async () => {
    await kit.storage.savePipeline("good", samplePipeline("Good"));
    await kit.pipelines.openPipeline("good");
    await storeCorrupt("bad");

    expect(await kit.pipelines.openPipeline("bad")).toBe(false);
    const [message] = toasts();
    expect(message).toMatch(/^Cannot open the saved pipeline "Broken": /);
    expect(message).toContain("It is kept as it was");
    expect(message).toMatch(/batchIntervalMs|nodes/);
    // The editor keeps the pipeline it had; the corrupt entry is kept as it was, and listed.
    expect(state().pipelineId).toBe("good");
    expect(await kit.storage.getCurrentPipelineId()).toBe("good");
    expect(await kit.readRaw("doc:bad")).toEqual(CORRUPT);
    expect((await kit.storage.listPipelines()).map((p) => p.id).sort()).toEqual(["bad", "good"]);
    expect(await kit.storage.loadPipeline("good")).toEqual(samplePipeline("Good"));
  });

  it("at start-up, a corrupt last-open pipeline reopens the newest readable one instead", async () => {
    await kit.storage.savePipeline("old", samplePipeline("Old"));
    await kit.storage.savePipeline("newer", samplePipeline("Newer"));
    await storeCorrupt("bad");
    await kit.storage.setCurrentPipelineId("bad");

    await kit.pipelines.restoreLastSession();
    expect(state().pipelineId).toBe("newer");
    expect(state().doc.name).toBe("Newer");
    expect(toasts()).toEqual([expect.stringMatching(/^Cannot reopen the saved pipeline "Broken": /)]);
    expect(await kit.readRaw("doc:bad")).toEqual(CORRUPT);
    expect((await kit.storage.listPipelines()).map((p) => p.id).sort()).toEqual(["bad", "newer", "old"]);
  });

  it("at start-up with only a corrupt pipeline, starts a new one and keeps the corrupt one", async () => {
    await storeCorrupt("bad");
    await kit.storage.setCurrentPipelineId("bad");
    await kit.pipelines.restoreLastSession();
    expect(state().pipelineId).not.toBe("bad");
    expect(state().doc.name).toBe("Untitled pipeline");
    expect(await kit.readRaw("doc:bad")).toEqual(CORRUPT);
    expect((await kit.storage.listPipelines()).map((p) => p.id)).toContain("bad");
  });

  it("at start-up keeps a message raised before the pipeline loads (a damaged share link)", async () => {
    await kit.storage.savePipeline("a", samplePipeline("Alpha"));
    await kit.storage.setCurrentPipelineId("a");
    state().showToast("This share link cannot be opened: damaged");
    await kit.pipelines.restoreLastSession();
    expect(state().pipelineId).toBe("a");
    expect(toasts()).toEqual(["This share link cannot be opened: damaged"]);
  });

  it("reopens the last pipeline at start-up, or starts an untitled one in an empty browser", async () => {
    await kit.pipelines.restoreLastSession();
    expect(state().doc.name).toBe("Untitled pipeline");
    const firstId = state().pipelineId;

    await kit.storage.savePipeline("a", samplePipeline("Alpha"));
    await kit.storage.setCurrentPipelineId("a");
    await kit.pipelines.restoreLastSession();
    expect(state().pipelineId).toBe("a");
    expect((await kit.storage.listPipelines()).map((p) => p.id).sort()).toEqual(["a", firstId].sort());
  });

  it("says why a corrupt pipeline cannot be duplicated or renamed, and writes nothing", async () => {
    await storeCorrupt("bad");
    expect(await kit.pipelines.duplicatePipeline("bad")).toBeNull();
    expect(toasts().at(-1)).toContain('"Broken"');
    state().dismissToast(state().toasts[0].id);

    await kit.pipelines.renamePipeline("bad", "Fixed?");
    expect(toasts().at(-1)).toContain('"Broken"');
    expect(await kit.readRaw("doc:bad")).toEqual(CORRUPT);
    expect((await kit.storage.listPipelines()).map((p) => [p.id, p.name])).toEqual([["bad", "Broken"]]);
  });

  it("renames and duplicates a stored pipeline that is not open", async () => {
    await kit.storage.savePipeline("a", samplePipeline("Alpha"));
    await kit.pipelines.renamePipeline("a", "Alpha renamed");
    expect(await kit.storage.loadPipeline("a")).toMatchObject({ name: "Alpha renamed" });

    const copyId = await kit.pipelines.duplicatePipeline("a");
    expect(copyId).not.toBeNull();
    expect(state().pipelineId).toBe(copyId);
    expect(await kit.storage.loadPipeline(copyId as string)).toMatchObject({ name: "Alpha renamed (copy)" });
  });

  it("a copy of someone else's pipeline is asked about before it runs, as the original is", async () => {
    const trust = await import("./pipelineTrust");
    await kit.storage.savePipeline("shared", samplePipeline("Shared"));
    await trust.setTrust("shared", "ask");
    await kit.storage.savePipeline("mine", samplePipeline("Mine"));

    const sharedCopy = await kit.pipelines.duplicatePipeline("shared");
    const myCopy = await kit.pipelines.duplicatePipeline("mine");
    expect(await trust.trustOf(sharedCopy as string)).toBe("ask");
    expect(await trust.trustOf(myCopy as string)).toBeUndefined();
  });

  it("deleting the open pipeline opens the most recent other one, skipping a corrupt one", async () => {
    await kit.storage.savePipeline("a", samplePipeline("Alpha"));
    await storeCorrupt("bad");
    await kit.storage.savePipeline("b", samplePipeline("Beta"));
    await kit.pipelines.openPipeline("b");

    await kit.pipelines.deletePipeline("b");
    expect(state().pipelineId).toBe("a");
    expect((await kit.storage.listPipelines()).map((p) => p.id).sort()).toEqual(["a", "bad"]);
  });
});
