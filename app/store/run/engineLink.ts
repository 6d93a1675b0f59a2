// The run slice's one door to the engine worker: send a ToWorker message, hear every FromWorker
// message (and the client's own events, e.g. a worker restarted by the watchdog).
import type { ToWorker } from "../../../engine/protocol/messages";
import type { RunInput } from "./data/foldWorkerMessages";

export interface EngineLink {
  send(msg: ToWorker): void;
  subscribe(listener: (msg: RunInput) => void): () => void;
}

let factory: (() => EngineLink) | null = null;
let link: EngineLink | null = null;

/** Tells the run slice how to reach the worker (the app's engine client; a fake in tests). */
export function provideEngineLink(create: () => EngineLink): void {
  factory = create;
  link = null;
}

/** The link, created on first use so that no worker starts before the user runs something. */
export function engineLink(): EngineLink | null {
  if (!link && factory) link = factory();
  return link;
}

/** The link if a run has created it, without creating one: for listeners that only follow a run (the
 * worker and its 287 KB gzip of engine code load when the user first runs, not with the page). */
export function startedEngineLink(): EngineLink | null {
  return link;
}
