// The Web Worker entry: wiring only. The page creates it with
//   new Worker(new URL("../../engine/worker/entry.ts", import.meta.url), { type: "module" })
// (node/bootstrap.ts gives it the same globals in a Node worker thread).
import type { WireFromWorker, WireToWorker } from "../protocol/wire";
import { EngineHost } from "./EngineHost";

interface WorkerScope {
  postMessage(message: WireFromWorker): void;
  addEventListener(type: "message", listener: (event: { data: WireToWorker }) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const host = new EngineHost({
  post: (message) => scope.postMessage(message),
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
});

scope.addEventListener("message", (event) => {
  void host.handle(event.data);
});
host.ready();
