// The worker entry for Node worker threads (node/bootstrap.ts gives it a Web Worker's globals): wiring
// only. The app's worker starts from sandboxEntry.ts instead, confined.
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
