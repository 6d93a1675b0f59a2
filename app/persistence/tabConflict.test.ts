import { afterEach, beforeEach, describe, expect, it } from "vitest";
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
});
afterEach(async () => {
  await tabA.close();
  await tabB.close();
});

const conflictIn = (tab: Tab) => tab.conflict.useTabConflict.getState().conflictId;
const stored = async (tab: Tab, id: string) => (await tab.storage.loadPipeline(id)) as { name: string };

/** Tab A renames x and saves it; resolves once tab B has heard of it. */
async function renameInA(name: string) {
  const heard = tabB.nextMessage();
  await tabA.pipelines.renamePipeline("x", name);
  await heard;
}

describe("two tabs on one pipeline", () => {
  it("opening a pipeline doesn't write it back (so other tabs aren't told it changed)", async () => {
    await tabA.stopAutosave(); // would write anything still waiting
    expect(conflictIn(tabB)).toBeNull();
    expect(tabB.useStudio.getState().saveStatus).toBe("saved");
  });

  it("tab A saves → tab B, on the same pipeline, is asked and stops autosaving it", async () => {
    await renameInA("Sensors (A)");
    expect(conflictIn(tabB)).toBe("x");
    expect(tabB.useStudio.getState().saveStatus).toBe("unsaved");
    tabB.useStudio.getState().setPipelineMeta({ name: "Sensors (B)" });
    await tabB.stopAutosave(); // flushes whatever autosave would write
    expect((await stored(tabA, "x")).name).toBe("Sensors (A)");
    expect(tabB.useStudio.getState().doc.name).toBe("Sensors (B)"); // B's edit is kept in B, unsaved
  });

  it('"Keep mine" writes tab B\'s version, and tab A is told in turn', async () => {
    await renameInA("Sensors (A)");
    tabB.useStudio.getState().setPipelineMeta({ name: "Sensors (B)" });
    const aHears = tabA.nextMessage();
    await tabB.conflict.keepMine();
    await aHears;
    expect((await stored(tabB, "x")).name).toBe("Sensors (B)");
    expect(conflictIn(tabB)).toBeNull();
    expect(tabB.useStudio.getState().saveStatus).toBe("saved");
    expect(conflictIn(tabA)).toBe("x");
  });

  it("\"Load their version\" loads tab A's save, with no undo step back to B's edit", async () => {
    tabB.useStudio.getState().setPipelineMeta({ name: "Sensors (B)" });
    await renameInA("Sensors (A)");
    await tabB.conflict.loadTheirs();
    const b = tabB.useStudio.getState();
    expect(b.doc.name).toBe("Sensors (A)");
    expect(b.doc).toEqual(tabA.useStudio.getState().doc);
    expect(b.past).toHaveLength(0);
    expect(b.saveStatus).toBe("saved");
    expect(conflictIn(tabB)).toBeNull();
    await tabB.stopAutosave(); // B's discarded edit must not come back on the next save
    expect((await stored(tabA, "x")).name).toBe("Sensors (A)");
  });

  it("a save of a different pipeline is no conflict; autosave carries on", async () => {
    const heard = tabB.nextMessage();
    await tabA.pipelines.renamePipeline("y", "Other (A)");
    expect(await heard).toMatchObject({ type: "saved", pipelineId: "y" });
    expect(conflictIn(tabB)).toBeNull();
    tabB.useStudio.getState().setPipelineMeta({ name: "Sensors (B)" });
    await tabB.stopAutosave();
    expect((await stored(tabB, "x")).name).toBe("Sensors (B)");
  });

  it("opening another pipeline in tab B ends the question about x", async () => {
    await renameInA("Sensors (A)");
    expect(await tabB.pipelines.openPipeline("y")).toBe(true);
    expect(conflictIn(tabB)).toBeNull();
  });
});

describe("renaming in a tab that hasn't answered yet", () => {
  it("renames here but doesn't write over the other tab's save", async () => {
    await renameInA("Sensors (A)");
    await tabB.pipelines.renamePipeline("x", "Sensors (B)");
    expect(tabB.useStudio.getState().doc.name).toBe("Sensors (B)");
    expect((await stored(tabB, "x")).name).toBe("Sensors (A)");
  });
});
