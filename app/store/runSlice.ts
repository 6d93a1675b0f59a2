// The run slice: drives the engine worker (load, start, pause, step, stop, live controls) and folds its
// messages into bounded run state once per animation frame.
import { createEngineClient } from "../workerClient/engineClient";
import { setParam, setSettings } from "./docOps";
import { engineLink, provideEngineLink } from "./run/engineLink";
import { createFrameBatcher } from "./run/frameBatcher";
import { initialRunData, type RunData, resetForNewRun, withRecordsHistory } from "./run/runData";
import { type RunInput, reduceRunMessages } from "./run/runReducer";
import type { RunSlice } from "./runSlice.types";
import type { SliceCreator } from "./types";

export const BATCH_INTERVAL_LOCKED =
  "The batch interval is fixed once a streaming context has started (as in Spark): stop the run, then change it.";

// The page's engine worker client, created on the first Run or Step (tests provide a fake instead).
provideEngineLink(() => createEngineClient());

/** Source params that set a receiver's rate, in the catalog's naming. */
const RATE_PARAMS = ["rate", "ratePerSecond", "recordsPerSecond"];

export const createRunSlice: SliceCreator<RunSlice> = (set, get, api) => {
  let connected: ReturnType<typeof engineLink> = null;
  /** none: nothing loaded; loading: a load is on its way; live: the worker holds a streaming context. */
  let session: "none" | "loading" | "live" = "none";
  let loadRequestId = -1;
  /** Run/Step pressed while the pipeline was loading: sent once it is loaded. */
  let queued: ("start" | "step")[] = [];
  let nextRequestId = 1;
  const batcher = createFrameBatcher<RunInput>((items) => get().applyRunInputs(items));

  const link = () => {
    const l = engineLink();
    if (l && l !== connected) {
      connected = l;
      l.subscribe((msg) => batcher.push(msg));
    }
    return l;
  };
  const send = (msg: Parameters<NonNullable<ReturnType<typeof engineLink>>["send"]>[0]) => {
    const l = link();
    if (!l) {
      get().showToast("The engine worker is not available in this page.");
      return;
    }
    l.send(msg);
  };
  const started = () => session === "live";

  /** Loads the current document into a fresh streaming context; Run/Step follow once it is loaded. */
  const loadThen = (then: "start" | "step") => {
    const { doc, speed } = get();
    loadRequestId = nextRequestId++;
    session = "loading";
    queued = [then];
    set({ ...resetForNewRun(pickRunData(get())), notice: undefined, runDoc: doc });
    send({ type: "load", pipeline: doc, requestId: loadRequestId });
    send({ type: "setSpeed", speed });
    send({ type: "setBackpressure", enabled: doc.settings.backpressure });
  };

  const command = (c: "start" | "step") => {
    if (session === "loading") {
      queued.push(c);
      return;
    }
    if (session === "none") return loadThen(c);
    const s = get().runState;
    if (c === "start") {
      if (s !== "running") send({ type: s === "paused" ? "resume" : "start" });
    } else {
      if (s === "running") send({ type: "pause" });
      send({ type: "step" });
    }
  };

  const onSessionMessages = (inputs: readonly RunInput[]) => {
    for (const msg of inputs) {
      if (msg.type === "state" && session === "live" && ["idle", "stopped", "error"].includes(msg.state)) {
        session = "none";
      }
      if (msg.type !== "loaded" || session !== "loading" || msg.requestId !== loadRequestId) continue;
      const errors = msg.issues.filter((i) => i.severity === "error");
      if (errors.length === 0) {
        session = "live";
        const commands = queued;
        queued = [];
        for (const c of commands) command(c);
      } else {
        session = "none";
        queued = [];
        set({ runDoc: null });
        get().setIssues(msg.issues);
        const notice = `The pipeline has ${errors.length} error${errors.length > 1 ? "s" : ""} and cannot start: ${errors[0].message}`;
        set({ notice });
        get().showToast(notice);
      }
    }
  };

  api.subscribe((s, prev) => {
    // Another pipeline was opened: the old run ends, its data goes.
    if (s.pipelineId !== prev.pipelineId) {
      s.stop();
      set({ ...resetForNewRun(pickRunData(s)), runState: "idle", inspectedNodeId: null, runDoc: null });
    }
    // Clicking a node shows its records; while a run has data, the Records tab opens.
    if (s.selectedNodeIds !== prev.selectedNodeIds && s.selectedNodeIds.length === 1) {
      const nodeId = s.selectedNodeIds[0];
      if (nodeId !== s.inspectedNodeId) {
        set(
          s.batches.length > 0
            ? { inspectedNodeId: nodeId, bottomTab: "records" }
            : { inspectedNodeId: nodeId },
        );
      }
    }
  });

  return {
    ...initialRunData(),
    speed: 1,
    bottomTab: "charts",
    inspectedNodeId: null,
    runDoc: null,

    applyRunInputs: (inputs) => {
      set(reduceRunMessages(pickRunData(get()), inputs, Date.now()));
      onSessionMessages(inputs);
      // The Errors tab lists every event; a toast makes sure the user sees it happened.
      for (const msg of inputs) {
        if (msg.type === "nodeError") get().showToast(`${msg.nodeId}: ${msg.message} (the run is paused)`);
        if (msg.type === "workerRestarted") get().showToast(msg.message);
        if (msg.type === "error") get().showToast(msg.message);
      }
    },

    run: () => command("start"),
    pause: () => {
      if (get().runState === "running") send({ type: "pause" });
    },
    step: () => command("step"),
    stop: () => {
      queued = [];
      if (session !== "none") send({ type: "stop" });
      session = "none";
      set({ runDoc: null });
      batcher.flushNow();
    },
    restart: () => {
      get().stop();
      get().run();
    },
    setSpeed: (speed) => {
      set({ speed });
      if (connected) send({ type: "setSpeed", speed });
    },
    setInputRate: (nodeId, recordsPerSecond) => {
      const node = get().doc.nodes.find((n) => n.id === nodeId);
      if (!node) return;
      const param = RATE_PARAMS.find((p) => p in node.params) ?? "rate";
      get().setParam(nodeId, param, recordsPerSecond);
      if (!started()) return;
      send({ type: "setInputRate", nodeId, recordsPerSecond });
      const runDoc = get().runDoc;
      // The running engine has the new rate too: it is no edit waiting for a restart.
      if (runDoc?.nodes.some((n) => n.id === nodeId))
        set({ runDoc: setParam(runDoc, nodeId, param, recordsPerSecond) });
    },
    setBackpressure: (enabled) => {
      get().setSettings({ backpressure: enabled });
      if (!started()) return;
      send({ type: "setBackpressure", enabled });
      const runDoc = get().runDoc;
      if (runDoc) set({ runDoc: setSettings(runDoc, { backpressure: enabled }) });
    },
    setRecordsHistory: (n) => set(withRecordsHistory(pickRunData(get()), n)),
    inspectNode: (nodeId) =>
      set(nodeId ? { inspectedNodeId: nodeId, bottomTab: "records" } : { inspectedNodeId: null }),
    setBottomTab: (bottomTab) => set({ bottomTab }),
    requestLineage: (nodeId, batchTimeMs) => {
      if (!connected) return;
      send({ type: "getLineage", nodeId, batchTimeMs, requestId: nextRequestId++ });
    },
    canChangeBatchInterval: () => {
      if (!started()) return true;
      set({ notice: BATCH_INTERVAL_LOCKED });
      get().showToast(BATCH_INTERVAL_LOCKED);
      return false;
    },
    clearNotice: () => set({ notice: undefined }),
  };
};

/** The plain run data out of the whole store, for the pure reducer. */
function pickRunData(s: RunSlice): RunData {
  return {
    runState: s.runState,
    batchTimeMs: s.batchTimeMs,
    batches: s.batches,
    pending: s.pending,
    nodeHistory: s.nodeHistory,
    recordsHistory: s.recordsHistory,
    wave: s.wave,
    console: s.console,
    outputs: s.outputs,
    files: s.files,
    nodeErrors: s.nodeErrors,
    events: s.events,
    loadIssues: s.loadIssues,
    lineage: s.lineage,
    notice: s.notice,
  };
}
