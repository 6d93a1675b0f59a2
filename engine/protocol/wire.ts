// What really crosses the worker boundary, around the app-facing protocol in messages.ts: the worker
// coalesces its messages into bundles (a bounded message rate at any speed), and the page client may
// share a buffer where the worker writes which node's user code is running (read after a hang).
// Only engine/worker/entry.ts and app/workerClient/engineClient.ts use these; the app sees FromWorker/ToWorker.
import type { FromWorker, ToWorker } from "./messages";

export type WireFromWorker = FromWorker | { type: "bundle"; messages: FromWorker[] };

export type WireToWorker =
  | ToWorker
  /** Int32Array over `buffer`: [0] = index + 1 of the node running user code (0: none), [1] = batch time / interval. */
  | { type: "attachMonitor"; buffer: SharedArrayBuffer };

/** Messages in arrival order, bundles flattened. */
export function unbundle(message: WireFromWorker): FromWorker[] {
  return message.type === "bundle" ? message.messages : [message];
}
