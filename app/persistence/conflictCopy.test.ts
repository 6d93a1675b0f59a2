// Edits made in a tab while another tab's save of the same pipeline waits on "Load their version" /
// "Keep mine" survive the tab closing: they are saved as a copy, and the other tab is told.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openTab, samplePipeline, sharedIndexedDB } from "./idb.testkit";

type Tab = Awaited<ReturnType<typeof openTab>>;
let tabA: Tab;
let tabB: Tab;

beforeEach(async () => {
  sharedIndexedDB();
  tabA = await openTab();
  await tabA.storage.savePipeline("x", samplePipeline("Sensors"));
  await tabA.storage.savePipeline("y", samplePipeline("Other"));
  tabB = await openTab();
  expect(await tabA.pipelines.openPipeline("x")).toBe(true);
  expect(await tabB.pipelines.openPipeline("x")).toBe(true);
  // Tab A saves x: tab B is asked.
  const heard = tabB.nextMessage();
  await tabA.pipelines.renamePipeline("x", "Sensors (A)");
  await heard;
  expect(tabB.conflict.useTabConflict.getState().conflictId).toBe("x");
});
afterEach(async () => {
  await tabA.close();
  await tabB.close();
});

const stored = async (tab: Tab, id: string) =>
  (await tab.storage.loadPipeline(id)) as { name: string } | undefined;
const named = async (tab: Tab, name: string) =>
  (await tab.storage.listPipelines()).find((p) => p.name === name);
const toasts = (tab: Tab) => tab.useStudio.getState().toasts.map((t) => t.message);

/** Autosave (after its debounce) writes tab B's edit as the copy. */
const copyWritten = () =>
  vi.waitFor(async () => expect(await named(tabB, "Sensors (unsaved copy)")).toBeDefined(), {
    timeout: 5000,
  });

/** Tab B edits x while the question is open (a new first line), and its tab closes. */
async function editInBThenClose(): Promise<void> {
  const doc = tabB.useStudio.getState().doc;
  tabB.useStudio.getState().setPipelineMeta({ description: "B's edit" });
  expect(tabB.useStudio.getState().doc).not.toBe(doc);
  const aHears = tabA.nextMessageOf("copied");
  await tabB.close(); // what the page does on pagehide: flush what waits
  expect(await aHears).toMatchObject({ type: "copied", pipelineId: "x", copyName: "Sensors (unsaved copy)" });
}

describe("an edit made while the choice is open", () => {
  it("is saved as a copy when the tab closes; the other tab's save stays, and that tab is told", async () => {
    await editInBThenClose();
    expect((await stored(tabA, "x"))?.name).toBe("Sensors (A)");
    const copy = await named(tabA, "Sensors (unsaved copy)");
    expect(copy).toBeDefined();
    expect(await tabA.storage.loadPipeline(copy!.id)).toMatchObject({ description: "B's edit" });
    expect(toasts(tabA)).toContain(
      'Another tab had unsaved edits to "Sensors (A)" when it was saved here; they are kept as "Sensors (unsaved copy)" in your pipelines.',
    );
  });

  it('"Keep mine" saves it over theirs and removes the copy', async () => {
    tabB.useStudio.getState().setPipelineMeta({ description: "B's edit" });
    await copyWritten();
    await tabB.conflict.keepMine();
    expect(await tabB.storage.loadPipeline("x")).toMatchObject({ name: "Sensors", description: "B's edit" });
    expect(await named(tabB, "Sensors (unsaved copy)")).toBeUndefined();
  });

  it('"Load their version" keeps the copy and says where it is', async () => {
    tabB.useStudio.getState().setPipelineMeta({ description: "B's edit" });
    await copyWritten();
    await tabB.conflict.loadTheirs();
    expect(tabB.useStudio.getState().doc.name).toBe("Sensors (A)");
    expect(await named(tabB, "Sensors (unsaved copy)")).toBeDefined();
    expect(toasts(tabB)).toContain(
      'Your edits made meanwhile stay in "Sensors (unsaved copy)" in your pipelines.',
    );
  });

  it("switching to another pipeline right after the edit doesn't write it over the other tab's save", async () => {
    tabB.useStudio.getState().setPipelineMeta({ description: "B's edit" });
    expect(await tabB.pipelines.openPipeline("y")).toBe(true); // within the autosave debounce
    await tabB.stopAutosave();
    expect(await tabB.storage.loadPipeline("x")).toMatchObject({ name: "Sensors (A)" });
    expect(await tabB.storage.loadPipeline("x")).not.toHaveProperty("description");
    const copy = await named(tabB, "Sensors (unsaved copy)");
    expect(await tabB.storage.loadPipeline(copy!.id)).toMatchObject({ description: "B's edit" });
  });
});
