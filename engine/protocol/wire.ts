// What really crosses the worker boundary, around the app-facing protocol in messages.ts: the worker
// coalesces its messages into bundles (a bounded message rate at any speed), and the page client may
// share a buffer where the worker writes which node's user code is running (read after a hang).
// Only engine/worker/entry.ts and app/workerClient/engineClient.ts use these; the app sees FromWorker/ToWorker.
// A structured query's messages (./structured.ts) cross the same wire; `unbundle` leaves them out for a
// page that does not handle them yet, `unbundleAll` keeps them.
import type { FromWorker, ToWorker } from "./messages";
import { isStructuredMessage, type StructuredFromWorker } from "./structured";

/** Every message the worker sends: a DStream run's and a structured query's. */
export type AnyFromWorker = FromWorker | StructuredFromWorker;

export type WireFromWorker = AnyFromWorker | { type: "bundle"; messages: AnyFromWorker[] };

export type WireToWorker =
  | ToWorker
  /** Int32Array over `buffer`: [0] = index + 1 of the node running user code (0: none), [1] = batch time / interval. */
  | { type: "attachMonitor"; buffer: SharedArrayBuffer };

/** Every message in arrival order, bundles flattened. */
export function unbundleAll(message: WireFromWorker): AnyFromWorker[] {
  return message.type === "bundle" ? message.messages : [message];
}

/** The DStream run's messages in arrival order, bundles flattened (structured query messages left out). */
export function unbundle(message: WireFromWorker): FromWorker[] {
  return unbundleAll(message).filter((m): m is FromWorker => !isStructuredMessage(m));
}
