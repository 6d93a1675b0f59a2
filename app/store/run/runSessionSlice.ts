// The run session: the buttons (Run, Pause, Step, Stop, Restart) and the worker's messages drive the
// run lifecycle (lifecycle/runLifecycle.ts, pure); this slice carries out what it decides (loads, worker
// commands) and routes the worker's messages, folded once per animation frame, to the data and to it.
import type { PipelineDocument } from "../../../engine/graph/types";
import type { ToWorker } from "../../../engine/protocol/messages";
import { t } from "../../i18n/useT";
import { hearWorkerMessage } from "../../panels/bottom/tables/tableWriter";
import { withRunConsent } from "../../workerClient/runConsentGate";
import type { SliceCreator } from "../types";
import type { RunInput } from "./data/foldWorkerMessages";
import { deferredLink } from "./deferredLink";
import { engineLink, provideEngineLink } from "./engineLink";
import { createFrameBatcher } from "./frameBatcher";
import {
  initialRunLifecycle,
  type RunEffect,
  type RunLifecycle,
  type RunLifecycleEvent,
  type RunPhase,
  transition,
} from "./lifecycle/runLifecycle";

// The page's engine worker client, created on the first Run or Step (tests provide a fake instead); its
// code is fetched then too (deferredLink). Someone else's pipeline waits for the user's consent before
// it loads (app/dialogs/share).
let openPipelineId = () => "";
provideEngineLink(() =>
  withRunConsent(
    deferredLink(() => import("../../workerClient/engineClient").then((m) => m.createEngineClient())),
    () => openPipelineId(),
  ),
);

export interface RunSessionSlice {
  /** The run's lifecycle (phase, the awaited load, commands queued while loading). */
  lifecycle: RunLifecycle;
  /** Its phase, what the toolbar shows and the buttons follow. */
  runState: RunPhase;
  /**
   * The document the engine is running: what Run loaded, plus the changes applied live (input rates,
   * backpressure). Null when nothing runs. Spark can't change a started StreamingContext's DStream
   * graph, so editor changes against it only apply on the next Run (see editsSinceRun).
   */
  runDoc: PipelineDocument | null;
  /** Loads the current pipeline document into the worker (if needed) and starts or resumes it. */
  run: () => void;
  /** Pauses after the batch in progress; tokens and charts stand still. */
  pause: () => void;
  /** Runs exactly one batch (loading the pipeline first if needed), then pauses. */
  step: () => void;
  /** Stops the streaming context; the next run starts from batch 0. */
  stop: () => void;
  /** Stops the run and starts one with the editor's document. */
  restart: () => void;
  /** Folds messages from the worker (delivered once per animation frame) into the data and the lifecycle. */
  applyRunInputs: (inputs: readonly RunInput[]) => void;
  /** Sends to the worker, starting it unless `ifConnected` (then nothing happens without one). */
  sendToEngine: (msg: ToWorker, ifConnected?: boolean) => void;
}

export const createRunSessionSlice: SliceCreator<RunSessionSlice> = (set, get, api) => {
  openPipelineId = () => get().pipelineId;
  let connected: ReturnType<typeof engineLink> = null;
  const batcher = createFrameBatcher<RunInput>((items) => get().applyRunInputs(items));

  const link = () => {
    const l = engineLink();
    if (l && l !== connected) {
      connected = l;
      l.subscribe((msg) => {
        // Database sink batches go to IndexedDB at once, in order, whether or not the Tables tab is open.
        hearWorkerMessage(msg);
        batcher.push(msg);
      });
    }
    return l;
  };

  const sendToEngine = (msg: ToWorker, ifConnected = false) => {
    if (ifConnected && !connected) return;
    const l = link();
    if (!l) {
      get().showToast(t("notices.run.workerUnavailable"));
      return;
    }
    l.send(msg);
  };

  /** Loads the editor's document into a fresh streaming context, with the page's speed and backpressure. */
  const load = (requestId: number, freshRun: boolean) => {
    const { doc, speed } = get();
    // A load sent again after a worker replacement continues the same run: its events stay.
    if (freshRun) {
      get().clearRunData();
      get().clearStructuredRun();
    }
    set({ notice: undefined, runDoc: doc });
    sendToEngine({ type: "load", pipeline: doc, requestId });
    sendToEngine({ type: "setSpeed", speed });
    sendToEngine({ type: "setBackpressure", enabled: doc.settings.backpressure });
  };

  const perform = (effects: readonly RunEffect[], continuesRun: boolean) => {
    for (const effect of effects) {
      if (effect.type === "load") load(effect.requestId, !continuesRun);
      else sendToEngine({ type: effect.command });
    }
  };

  const dispatch = (event: RunLifecycleEvent) => {
    const before = get().lifecycle;
    const step = transition(before, event);
    if (step.rejected) return;
    const phase = step.lifecycle.phase;
    const ended = phase === "idle" || phase === "crashed" || phase === "stopping";
    set({ lifecycle: step.lifecycle, runState: phase, ...(ended ? { runDoc: null } : {}) });
    // A load sent again after the worker was replaced mid-start belongs to the run the user started.
    perform(step.effects, before.phase === "starting" && step.lifecycle.retried);
  };

  /** A refused load: the document has errors; the user sees them on the nodes and why nothing runs. */
  const refuse = (issues: Extract<RunInput, { type: "loaded" }>["issues"]) => {
    const errors = issues.filter((i) => i.severity === "error");
    get().setIssues(issues);
    const notice = t("notices.run.cannotStart", { count: errors.length, message: errors[0].message });
    set({ notice });
    get().showToast(notice);
  };

  const routeToLifecycle = (msg: RunInput) => {
    if (msg.type === "loaded") {
      const ok = !msg.issues.some((i) => i.severity === "error");
      const awaited = get().lifecycle.phase === "starting" && msg.requestId === get().lifecycle.loadRequestId;
      dispatch({ type: "loaded", requestId: msg.requestId, ok });
      if (awaited && !ok) refuse(msg.issues);
    } else if (msg.type === "state") dispatch({ type: "workerState", state: msg.state });
    else if (msg.type === "workerRestarted")
      dispatch({ type: "workerRestarted", whileLoading: msg.whileLoading });
  };

  api.subscribe((s, prev) => {
    // Another pipeline was opened: the old run ends, its data goes.
    if (s.pipelineId !== prev.pipelineId) {
      get().stop();
      // A second Stop settles "stopping" at once: the old pipeline's confirmation no longer matters.
      if (get().runState === "stopping") get().stop();
      get().clearRunData();
      get().clearStructuredRun();
    }
  });

  return {
    lifecycle: initialRunLifecycle,
    runState: initialRunLifecycle.phase,
    runDoc: null,
    applyRunInputs: (inputs) => {
      get().recordRunInputs(inputs);
      get().recordStructuredInputs(inputs);
      for (const msg of inputs) {
        routeToLifecycle(msg);
        // The Errors tab lists every event; a toast makes sure the user sees it happened.
        if (msg.type === "nodeError")
          get().showToast(t("notices.run.nodeError", { node: msg.nodeId, message: msg.message }));
        if (msg.type === "workerRestarted") get().showToast(msg.message);
        if (msg.type === "error") get().showToast(msg.message);
      }
    },
    run: () => dispatch({ type: "run" }),
    pause: () => dispatch({ type: "pause" }),
    step: () => dispatch({ type: "step" }),
    stop: () => {
      dispatch({ type: "stop" });
      batcher.flushNow();
    },
    restart: () => dispatch({ type: "restart" }),
    sendToEngine,
  };
};
