// A full storage quota is shown to the user, never swallowed, and what was not written is kept to
// write later (on fake-indexeddb, whose object store is made to refuse writes as a full disk does).
import { IDBObjectStore } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openTab, samplePipeline, sharedIndexedDB } from "./idb.testkit";

type Tab = Awaited<ReturnType<typeof openTab>>;
let tab: Tab;
const FULL =
  "this browser's storage for the studio is full. Delete pipelines you no longer need, or export this one as JSON, then try again";

/** From now on every write fails as the browser fails it at its quota. */
function fillTheDisk() {
  vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  });
}

beforeEach(async () => {
  sharedIndexedDB();
  tab = await openTab();
  await tab.storage.savePipeline("x", samplePipeline("Sensors"));
  expect(await tab.pipelines.openPipeline("x")).toBe(true);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await tab.close();
});

const toasts = () => tab.useStudio.getState().toasts.map((t) => t.message);

describe("a full storage quota", () => {
  it("autosave says so, and writes the edit once storage has room again", async () => {
    fillTheDisk();
    tab.useStudio.getState().setPipelineMeta({ description: "edited" });
    await vi.waitFor(() => expect(tab.useStudio.getState().saveStatus).toBe("error"), { timeout: 5000 });
    expect(toasts()).toContain(`Could not save the pipeline in this browser: ${FULL}.`);
    vi.restoreAllMocks(); // room again
    await tab.stopAutosave(); // the page being hidden: what waits is written
    expect(await tab.storage.loadPipeline("x")).toMatchObject({ description: "edited" });
  });

  it("an import that cannot be stored is refused with the reason; the open pipeline stays", async () => {
    fillTheDisk();
    await expect(tab.pipelines.openDocumentAsNew(samplePipeline("Imported"))).rejects.toThrow(/quota/);
    expect(toasts()).toContain(`Could not store "Imported" in this browser: ${FULL}.`);
    expect(tab.useStudio.getState().doc.name).toBe("Sensors");
  });

  it("the pipelines menu's actions report it once and resolve (no unhandled rejection)", async () => {
    fillTheDisk();
    await expect(tab.pipelines.duplicatePipeline("x")).resolves.toBeNull();
    await expect(tab.pipelines.renamePipeline("x", "Renamed")).resolves.toBeUndefined();
    // Once each (openDocumentAsNew reported the duplicate's failure; the menu doesn't repeat it).
    expect(toasts().filter((m) => m.includes("(copy)"))).toEqual([
      `Could not store "Sensors (copy)" in this browser: ${FULL}.`,
    ]);
    expect(toasts().filter((m) => m.includes("rename"))).toEqual([`Could not rename the pipeline: ${FULL}.`]);
  });
});
