import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { validatePipeline } from "../../engine/graph/validate";
import type { ToWorker } from "../../engine/protocol/messages";
import { blockIntervalLocked } from "./documentSlice";
import { createStudioStore } from "./index";
import { startValidation } from "./liveValidation";
import { provideEngineLink } from "./run/engineLink";

let sent: ToWorker[];
beforeEach(() => {
  sent = [];
  provideEngineLink(() => ({ send: (m) => sent.push(m), subscribe: () => () => {} }));
});
afterEach(() => vi.useRealTimers());

describe("block interval edits", () => {
  it("are one undoable step each, starting from a document without the field", () => {
    const store = createStudioStore();
    expect(store.getState().doc.blockIntervalMs).toBeUndefined();
    store.getState().setBlockInterval(100);
    expect(store.getState().doc.blockIntervalMs).toBe(100);
    store.getState().undo();
    expect(store.getState().doc.blockIntervalMs).toBeUndefined();
    store.getState().redo();
    expect(store.getState().doc.blockIntervalMs).toBe(100);
  });

  it("reach the worker with the document on Run", () => {
    const store = createStudioStore();
    store.getState().setBlockInterval(250);
    store.getState().run();
    const load = sent.find((m) => m.type === "load");
    expect(load?.type === "load" && load.pipeline.blockIntervalMs).toBe(250);
  });

  it("are refused while a run is on, with the reason", () => {
    const store = createStudioStore();
    store.getState().run();
    const load = sent.find((m) => m.type === "load");
    store.getState().applyRunInputs([
      { type: "loaded", requestId: load?.type === "load" ? load.requestId : undefined, issues: [] },
      { type: "state", state: "running" },
    ]);
    store.getState().setBlockInterval(100);
    expect(store.getState().doc.blockIntervalMs).toBeUndefined();
    expect(store.getState().toasts.map((t) => t.message)).toContain(blockIntervalLocked());
    store.getState().stop();
    store.getState().applyRunInputs([{ type: "state", state: "stopped" }]); // the worker confirms
    store.getState().setBlockInterval(100);
    expect(store.getState().doc.blockIntervalMs).toBe(100);
  });

  it("re-validate the pipeline: a block interval longer than the batch interval is warned about", () => {
    vi.useFakeTimers();
    const store = createStudioStore();
    const stop = startValidation(store, validatePipeline);
    store.getState().setBlockInterval(5000);
    vi.advanceTimersByTime(1000);
    expect(store.getState().issues).toContainEqual(
      expect.objectContaining({ severity: "warning", param: "blockIntervalMs" }),
    );
    store.getState().undo();
    vi.advanceTimersByTime(1000);
    expect(store.getState().issues.filter((i) => i.param === "blockIntervalMs")).toEqual([]);
    stop();
  });
});
