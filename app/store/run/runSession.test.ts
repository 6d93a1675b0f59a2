import { beforeEach, describe, expect, it } from "vitest";
import type { ToWorker } from "../../../engine/protocol/messages";
import { createStudioStore } from "../index";
import type { RunInput } from "./data/foldWorkerMessages";
import { provideEngineLink } from "./engineLink";
import { batchIntervalLocked } from "./liveControlsSlice";

let sent: ToWorker[];
let listeners: ((m: RunInput) => void)[];

beforeEach(() => {
  sent = [];
  listeners = [];
  provideEngineLink(() => ({
    send: (m) => sent.push(m),
    subscribe: (l) => {
      listeners.push(l);
      return () => {};
    },
  }));
});

const types = () => sent.map((m) => m.type);

/** Runs the store's pipeline through a (fake) load into the given state, then forgets what was sent. */
function goLive(store: ReturnType<typeof createStudioStore>, state: "running" | "paused") {
  store.getState().run();
  const load = sent.find((m) => m.type === "load");
  const requestId = load?.type === "load" ? load.requestId : undefined;
  store.getState().applyRunInputs([
    { type: "loaded", requestId, issues: [] },
    { type: "state", state },
  ]);
  sent = [];
}

describe("run slice", () => {
  it("run() loads the current document, then starts once the worker accepted it", () => {
    const store = createStudioStore();
    store.getState().run();
    const load = sent.find((m) => m.type === "load");
    expect(load?.type === "load" && load.pipeline).toBe(store.getState().doc);
    expect(types()).not.toContain("start");
    const requestId = load?.type === "load" ? load.requestId : undefined;
    store.getState().applyRunInputs([{ type: "loaded", requestId, issues: [] }]);
    expect(types().at(-1)).toBe("start");
    expect(listeners).toHaveLength(1);
  });

  it("does not start a pipeline with errors and says why", () => {
    const store = createStudioStore();
    store.getState().step();
    const load = sent.find((m) => m.type === "load");
    const requestId = load?.type === "load" ? load.requestId : undefined;
    store
      .getState()
      .applyRunInputs([
        { type: "loaded", requestId, issues: [{ severity: "error", message: "A cycle", nodeId: "a" }] },
      ]);
    expect(types()).not.toContain("step");
    expect(store.getState().notice).toMatch(/1 error .*A cycle/);
    expect(store.getState().issues).toHaveLength(1);
  });

  it("pauses, resumes and steps a started run without reloading it", () => {
    const store = createStudioStore();
    goLive(store, "running");
    store.getState().step();
    expect(types()).toEqual(["pause", "step"]);
    store.getState().applyRunInputs([{ type: "state", state: "paused" }]);
    store.getState().run();
    expect(types().at(-1)).toBe("resume");
  });

  it("loads once when Step is pressed again while the pipeline is loading, then steps twice", () => {
    const store = createStudioStore();
    store.getState().step();
    store.getState().step();
    expect(types().filter((t) => t === "load")).toHaveLength(1);
    const load = sent.find((m) => m.type === "load");
    const requestId = load?.type === "load" ? load.requestId : undefined;
    store.getState().applyRunInputs([{ type: "loaded", requestId, issues: [] }]);
    expect(types().filter((t) => t === "step")).toHaveLength(2);
    store.getState().applyRunInputs([{ type: "state", state: "stopped" }]);
    sent = [];
    store.getState().step();
    expect(types()[0]).toBe("load");
  });

  it("refuses a batch interval change while a run is on, as Spark does", () => {
    const store = createStudioStore();
    expect(store.getState().canChangeBatchInterval()).toBe(true);
    goLive(store, "paused");
    expect(store.getState().canChangeBatchInterval()).toBe(false);
    expect(store.getState().notice).toBe(batchIntervalLocked());
  });

  it("sends speed and backpressure changes live and keeps backpressure in the settings", () => {
    const store = createStudioStore();
    goLive(store, "running");
    store.getState().setSpeed("max");
    store.getState().setBackpressure(true);
    expect(sent).toEqual([
      { type: "setSpeed", speed: "max" },
      { type: "setBackpressure", enabled: true },
    ]);
    expect(store.getState().doc.settings.backpressure).toBe(true);
  });
});

describe("run slice and the editor", () => {
  it("shows the clicked node's records, opening the Records tab once a run has batches", () => {
    const store = createStudioStore();
    store.getState().setSelection(["a"], []);
    expect(store.getState().inspectedNodeId).toBe("a");
    expect(store.getState().bottomTab).toBe("charts");
    store.getState().applyRunInputs([
      {
        type: "batchCompleted",
        info: { batchTimeMs: 1000, numRecords: 1, submissionTimeMs: 1000 },
        nodes: [],
      },
    ]);
    store.getState().setSelection(["b"], []);
    expect(store.getState().inspectedNodeId).toBe("b");
    expect(store.getState().bottomTab).toBe("records");
  });

  it("stops the run and clears its data when another pipeline is opened", () => {
    const store = createStudioStore();
    store.getState().run();
    store.getState().applyRunInputs([
      { type: "state", state: "running" },
      {
        type: "batchCompleted",
        info: { batchTimeMs: 1000, numRecords: 1, submissionTimeMs: 1000 },
        nodes: [],
      },
    ]);
    store.getState().loadDocument(store.getState().doc, "other");
    expect(types().at(-1)).toBe("stop");
    expect(store.getState().batches).toEqual([]);
    expect(store.getState().runState).toBe("idle");
  });
});

describe("batch interval while running", () => {
  it("keeps the batch interval when an edit arrives during a run, and says a restart is needed", () => {
    const store = createStudioStore();
    const before = store.getState().doc.batchIntervalMs;
    goLive(store, "running");
    store.getState().setBatchInterval(before * 2);
    expect(store.getState().doc.batchIntervalMs).toBe(before);
    expect(store.getState().notice).toBe(batchIntervalLocked());
    store.getState().stop();
    store.getState().setBatchInterval(before * 2);
    expect(store.getState().doc.batchIntervalMs).toBe(before * 2);
  });
});

describe("the document the run started with", () => {
  it("remembers what Run loaded, and forgets it on Stop", () => {
    const store = createStudioStore();
    const doc = store.getState().doc;
    goLive(store, "running");
    expect(store.getState().runDoc).toBe(doc);
    store.getState().setSettings({ seed: 7 });
    expect(store.getState().runDoc).toBe(doc);
    store.getState().stop();
    expect(store.getState().runDoc).toBeNull();
  });

  it("keeps live-applied changes (input rate, backpressure) in it: the engine already has them", () => {
    const store = createStudioStore();
    const id = store.getState().addNodeOfKind("randomWords", { x: 0, y: 0 });
    goLive(store, "running");
    store.getState().setInputRate(id ?? "", 250);
    store.getState().setBackpressure(true);
    const runDoc = store.getState().runDoc;
    expect(runDoc?.nodes.find((n) => n.id === id)?.params.rate).toBe(250);
    expect(runDoc?.settings.backpressure).toBe(true);
    expect(runDoc?.nodes[0].params).toEqual(store.getState().doc.nodes[0].params);
  });

  it("restart() stops the run and loads the edited document", () => {
    const store = createStudioStore();
    goLive(store, "paused");
    store.getState().setSettings({ seed: 7 });
    store.getState().restart();
    expect(types()).toEqual(["stop", "load", "setSpeed", "setBackpressure"]);
    const load = sent.find((m) => m.type === "load");
    expect(load?.type === "load" && load.pipeline.settings.seed).toBe(7);
    expect(store.getState().runDoc?.settings.seed).toBe(7);
    const requestId = load?.type === "load" ? load.requestId : undefined;
    store.getState().applyRunInputs([
      { type: "state", state: "stopped" },
      { type: "loaded", requestId, issues: [] },
    ]);
    expect(types().at(-1)).toBe("start");
  });

  it("forgets it when the worker refuses the document", () => {
    const store = createStudioStore();
    store.getState().run();
    const load = sent.find((m) => m.type === "load");
    const requestId = load?.type === "load" ? load.requestId : undefined;
    store
      .getState()
      .applyRunInputs([{ type: "loaded", requestId, issues: [{ severity: "error", message: "A cycle" }] }]);
    expect(store.getState().runDoc).toBeNull();
  });
});

describe("after the engine worker was replaced", () => {
  const restarted = (whileLoading: boolean): RunInput => ({
    type: "workerRestarted",
    nodeId: "spin",
    message: 'The engine stopped answering for 5.2 s while running node "spin" (an endless loop?).',
    whileLoading,
  });
  const lastLoad = () => sent.filter((m) => m.type === "load").at(-1) as Extract<ToWorker, { type: "load" }>;

  it("a crash mid-run ends it; Run then loads the edited document instead of resuming the old code", () => {
    const store = createStudioStore();
    goLive(store, "running");
    store.getState().applyRunInputs([restarted(false)]);
    expect(store.getState().runState).toBe("crashed");
    expect(store.getState().runDoc).toBeNull();
    expect(sent).toEqual([]);
    store.getState().setSettings({ seed: 11 });
    store.getState().run();
    expect(types()).toEqual(["load", "setSpeed", "setBackpressure"]);
    expect(lastLoad().pipeline.settings.seed).toBe(11);
    // The fresh worker's own reload of the old pipeline (no request id) is not the awaited answer.
    store.getState().applyRunInputs([{ type: "loaded", issues: [] }]);
    expect(types()).not.toContain("start");
    store.getState().applyRunInputs([{ type: "loaded", requestId: lastLoad().requestId, issues: [] }]);
    expect(types().at(-1)).toBe("start");
    expect(store.getState().runState).toBe("running");
  });

  it("Restart pressed while the worker hangs: the lost load is sent again, and the run keeps its events", () => {
    const store = createStudioStore();
    goLive(store, "running");
    store.getState().setSettings({ seed: 5 });
    store.getState().restart();
    const first = lastLoad().requestId;
    sent = [];
    store.getState().applyRunInputs([restarted(false)]);
    expect(types()).toEqual(["load", "setSpeed", "setBackpressure"]);
    expect(lastLoad().requestId).not.toBe(first);
    expect(lastLoad().pipeline.settings.seed).toBe(5);
    expect(store.getState().events.map((e) => e.kind)).toEqual(["workerRestarted"]);
    store.getState().applyRunInputs([{ type: "loaded", requestId: lastLoad().requestId, issues: [] }]);
    expect(types().at(-1)).toBe("start");
    expect(store.getState().runState).toBe("running");
  });

  it("a load that hung is not sent again: the run is crashed, Stop and Run still answer", () => {
    const store = createStudioStore();
    store.getState().run();
    sent = [];
    store.getState().applyRunInputs([restarted(true)]);
    expect(sent).toEqual([]);
    expect(store.getState().runState).toBe("crashed");
    store.getState().stop();
    expect(store.getState().runState).toBe("idle");
    store.getState().run();
    // The replaced worker may hold the old pipeline: Stop drops it, Run loads the editor's.
    expect(types()).toEqual(["stop", "load", "setSpeed", "setBackpressure"]);
  });
});
