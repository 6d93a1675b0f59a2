// The page's one door to the engine worker: the only place the app creates it. Typed send/subscribe,
// and a watchdog: if the worker stops answering (an endless loop in user code), it is terminated,
// a fresh one is started, the pipeline is reloaded, and subscribers hear which node was running.
// No React here; the run slice builds on it through `EngineLink`.
import type { FromWorker, ToWorker } from "../../engine/protocol/messages";
import { unbundle, type WireFromWorker, type WireToWorker } from "../../engine/protocol/wire";

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

/** Raised by the client itself, not the worker. */
export type ClientEvent = { type: "workerRestarted"; nodeId?: string; message: string };
export type ClientMessage = FromWorker | ClientEvent;

export interface EngineClientOptions {
  createWorker?: () => WorkerLike;
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

export function defaultWorker(): WorkerLike {
  return new Worker(new URL("../../engine/worker/entry.ts", import.meta.url), {
    type: "module",
    name: "dstream-engine",
  }) as unknown as WorkerLike;
}

function sharedMemoryAllowed(): boolean {
  const g = globalThis as { SharedArrayBuffer?: unknown; crossOriginIsolated?: boolean; window?: unknown };
  return (
    typeof g.SharedArrayBuffer === "function" && (g.crossOriginIsolated === true || g.window === undefined)
  );
}

export function createEngineClient(options: EngineClientOptions = {}): EngineClient {
  const createWorker = options.createWorker ?? defaultWorker;
  const timeoutMs = options.timeoutMs ?? BASE_TIMEOUT_MS;
  const startupTimeoutMs = options.startupTimeoutMs ?? 20_000;
  const now = options.now ?? (() => performance.now());
  const listeners = new Set<(message: ClientMessage) => void>();
  const monitorBuffer =
    (options.useSharedMemory ?? sharedMemoryAllowed()) ? new SharedArrayBuffer(8) : undefined;
  const monitor = monitorBuffer ? new Int32Array(monitorBuffer) : undefined;

  let worker: WorkerLike;
  let lastHeard = now();
  /** The longest task the worker has reported: long tasks may legitimately keep it silent longer. */
  let longestTaskMs = 0;
  /** False until the current worker's first message: starting up is not hanging. */
  let answered = false;
  let lastLoad: Extract<ToWorker, { type: "load" }> | undefined;
  /** A load was sent and not answered yet: a hang now is in loading itself (top-level user code). */
  let loading = false;
  /** The node the worker last said it was running user code for. */
  let reportedNode: string | undefined;
  let disposed = false;

  const emit = (message: ClientMessage) => {
    for (const l of listeners) l(message);
  };

  const onWire = (wire: WireFromWorker) => {
    lastHeard = now();
    answered = true;
    for (const message of unbundle(wire)) {
      if (message.type === "loaded") loading = false;
      if (message.type === "heartbeat") {
        reportedNode = message.runningNodeId;
        longestTaskMs = Math.max(longestTaskMs, message.longestTaskMs ?? 0);
      } else if (message.type === "batchCompleted") reportedNode = undefined;
      emit(message);
    }
  };

  const spawn = () => {
    worker = createWorker();
    worker.onmessage = (event) => onWire(event.data);
    worker.onerror = (event) => {
      const message = (event as { message?: string })?.message ?? "The engine worker failed";
      emit({ type: "error", message });
    };
    if (monitorBuffer) worker.postMessage({ type: "attachMonitor", buffer: monitorBuffer });
    lastHeard = now();
    answered = false;
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
    loading = false;
    if (lastLoad && !hungLoading) worker.postMessage({ ...lastLoad, requestId: undefined });
    const where = hungLoading
      ? ` while loading the pipeline${nodeId ? ` at node "${nodeId}"` : ""}`
      : nodeId
        ? ` while running node "${nodeId}"`
        : "";
    const after = hungLoading
      ? "It was restarted; fix the pipeline and run it again."
      : "It was restarted and the pipeline reloaded.";
    emit({
      type: "workerRestarted",
      nodeId,
      message: `The engine stopped answering for ${(silentMs / 1000).toFixed(1)} s${where} (an endless loop?). ${after}`,
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
        lastLoad = message;
        loading = true;
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
