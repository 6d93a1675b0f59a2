// The page's one door to the engine worker: the only place the app creates it. Typed send/subscribe,
// and a watchdog: if the worker stops answering (an endless loop in user code), it is terminated,
// a fresh one is started, the pipeline is reloaded, and subscribers hear which node was running.
// No React here; the run slice builds on it through `EngineLink`.
import { pipelineConnectSources } from "../../engine/graph";
import type { FromWorker, ToWorker } from "../../engine/protocol/messages";
import type { StructuredFromWorker } from "../../engine/protocol/structured";
import { unbundleAll, type WireFromWorker, type WireToWorker } from "../../engine/protocol/wire";
import { t } from "../i18n/useT";
import { sandboxedWorker } from "./sandboxedWorker";

/**
 * The worker posts progress at every task boundary (a partition computed, a node entered), even in the
 * middle of a long batch; so silence means one task is running. It may last this many times the longest
 * task seen so far before the worker counts as hung.
 */
export const TASK_TIME_FACTOR = 4;
/** Silence (ms) always allowed: longer than the worker's 500 ms beat and any short task. */
export const BASE_TIMEOUT_MS = 5000;

/** What the client needs of a worker (a Web Worker, or a Node worker thread wrapped alike). */
export interface WorkerLike {
  postMessage(message: WireToWorker): void;
  terminate(): void;
  onmessage: ((event: { data: WireFromWorker }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/**
 * Raised by the client itself, not the worker. `whileLoading`: the worker hung loading a pipeline (its
 * top-level code), so loading it again would hang again; false when it hung in a batch, even with a load
 * queued behind that batch (that load never ran and may be sent again).
 */
export type ClientEvent = {
  type: "workerRestarted";
  nodeId?: string;
  message: string;
  whileLoading: boolean;
};
/** A structured query's messages (engine/protocol/structured.ts) reach subscribers beside the DStream ones. */
export type ClientMessage = FromWorker | StructuredFromWorker | ClientEvent;

export interface EngineClientOptions {
  /** `connect`: what the worker may reach (the loaded pipeline's real sources and sinks, as CSP sources). */
  createWorker?: (connect: readonly string[]) => WorkerLike;
  /** Silence (ms) always allowed (BASE_TIMEOUT_MS); longer when tasks have been long (TASK_TIME_FACTOR). */
  timeoutMs?: number;
  /** Time a fresh worker has to say "ready" (loading the engine's code) before it counts as hung. */
  startupTimeoutMs?: number;
  /** How often the watchdog looks (ms). */
  checkEveryMs?: number;
  now?: () => number;
  /** Share memory with the worker for the exact running node, where the page may (cross-origin isolated). */
  useSharedMemory?: boolean;
}

export interface EngineClient {
  send(message: ToWorker): void;
  subscribe(listener: (message: ClientMessage) => void): () => void;
  /** Stops the watchdog and the worker. */
  dispose(): void;
}

function sharedMemoryAllowed(): boolean {
  const g = globalThis as { SharedArrayBuffer?: unknown; crossOriginIsolated?: boolean; window?: unknown };
  return (
    typeof g.SharedArrayBuffer === "function" && (g.crossOriginIsolated === true || g.window === undefined)
  );
}

export function createEngineClient(options: EngineClientOptions = {}): EngineClient {
  const createWorker = options.createWorker ?? sandboxedWorker;
  const timeoutMs = options.timeoutMs ?? BASE_TIMEOUT_MS;
  const startupTimeoutMs = options.startupTimeoutMs ?? 20_000;
  const now = options.now ?? (() => performance.now());
  const listeners = new Set<(message: ClientMessage) => void>();
  const monitorBuffer =
    (options.useSharedMemory ?? (options.createWorker !== undefined && sharedMemoryAllowed()))
      ? new SharedArrayBuffer(8)
      : undefined;
  const monitor = monitorBuffer ? new Int32Array(monitorBuffer) : undefined;

  let worker: WorkerLike;
  let lastHeard = now();
  /** The longest task the worker has reported: long tasks may legitimately keep it silent longer. */
  let longestTaskMs = 0;
  /** False until the current worker's first message: starting up is not hanging. */
  let answered = false;
  let lastLoad: Extract<ToWorker, { type: "load" }> | undefined;
  /** The worker has reached the last load (its ping came back) and not answered it: a hang now is in loading. */
  let loading = false;
  /** The last load was answered: the fresh worker may get it again. */
  let loadAnswered = false;
  /** A ping goes just before each load; its pong says the worker got past whatever ran before the load. */
  let loadPingId: number | undefined;
  let nextPingId = -1; // negative: the page's own pings count up from 1
  /** The node the worker last said it was running user code for. */
  let reportedNode: string | undefined;
  let disposed = false;
  /** Pipelines loaded into the current worker: each load after the first gets a fresh worker. */
  let loadsOnWorker = 0;

  const emit = (message: ClientMessage) => {
    for (const l of listeners) l(message);
  };

  const onWire = (wire: WireFromWorker) => {
    lastHeard = now();
    answered = true;
    for (const message of unbundleAll(wire)) {
      if (message.type === "pong" && message.requestId === loadPingId) {
        loading = true;
        continue;
      }
      if (message.type === "loaded") {
        loading = false;
        loadAnswered = true;
      }
      if (message.type === "heartbeat") {
        reportedNode = message.runningNodeId;
        longestTaskMs = Math.max(longestTaskMs, message.longestTaskMs ?? 0);
      } else if (message.type === "batchCompleted") reportedNode = undefined;
      emit(message);
    }
  };

  /** What the current worker may reach: a pipeline that names other addresses gets a fresh worker. */
  let workerConnect: readonly string[] = [];
  const spawn = (connect: readonly string[] = workerConnect) => {
    workerConnect = connect;
    worker = createWorker(connect);
    worker.onmessage = (event) => onWire(event.data);
    worker.onerror = (event) => {
      const message = (event as { message?: string })?.message ?? t("notices.worker.failed");
      emit({ type: "error", message });
    };
    if (monitorBuffer) worker.postMessage({ type: "attachMonitor", buffer: monitorBuffer });
    lastHeard = now();
    answered = false;
    loadsOnWorker = 0;
  };

  const runningNode = (): string | undefined => {
    const index = monitor ? Atomics.load(monitor, 0) - 1 : -1;
    if (index >= 0 && lastLoad) return lastLoad.pipeline.nodes[index]?.id ?? reportedNode;
    return reportedNode;
  };

  const restart = (silentMs: number) => {
    const nodeId = runningNode();
    worker.terminate();
    if (monitor) Atomics.store(monitor, 0, 0);
    reportedNode = undefined;
    longestTaskMs = 0;
    spawn();
    // The fresh worker gets the same pipeline (the run waits for the user), unless loading it is what
    // hung: reloading would hang again.
    const hungLoading = loading;
    const reload = lastLoad !== undefined && loadAnswered && !hungLoading;
    loading = false;
    loadPingId = undefined;
    if (reload && lastLoad) {
      worker.postMessage({ ...lastLoad, requestId: undefined });
      loadsOnWorker = 1;
    }
    const where = hungLoading
      ? nodeId
        ? t("notices.worker.whileLoadingAt", { node: nodeId })
        : t("notices.worker.whileLoading")
      : nodeId
        ? t("notices.worker.whileRunning", { node: nodeId })
        : "";
    const after = hungLoading
      ? t("notices.worker.restartedFix")
      : reload
        ? t("notices.worker.restartedReloaded")
        : t("notices.worker.restarted");
    emit({
      type: "workerRestarted",
      nodeId,
      whileLoading: hungLoading,
      message: t("notices.worker.stopped", { seconds: (silentMs / 1000).toFixed(1), where, after }),
    });
  };

  spawn();
  const watchdog = setInterval(() => {
    const allowed = answered ? Math.max(timeoutMs, TASK_TIME_FACTOR * longestTaskMs) : startupTimeoutMs;
    const silent = now() - lastHeard;
    if (!disposed && silent > allowed) restart(silent);
  }, options.checkEveryMs ?? 500);

  return {
    send(message) {
      if (message.type === "load") {
        // A fresh worker (a fresh JavaScript realm) per pipeline run: whatever one pipeline's functions
        // did to their realm ends with it. Its network: exactly the addresses the pipeline's nodes name.
        const connect = pipelineConnectSources(message.pipeline);
        if (loadsOnWorker > 0 || connect.join(" ") !== workerConnect.join(" ")) {
          worker.onmessage = null;
          worker.onerror = null;
          worker.terminate();
          if (monitor) Atomics.store(monitor, 0, 0);
          reportedNode = undefined;
          longestTaskMs = 0;
          spawn(connect);
        }
        loadsOnWorker++;
        lastLoad = message;
        loading = false;
        loadAnswered = false;
        loadPingId = nextPingId--;
        worker.postMessage({ type: "ping", requestId: loadPingId });
      }
      worker.postMessage(message);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      clearInterval(watchdog);
      worker.terminate();
      listeners.clear();
    },
  };
}
