// Runs the real worker entry in a Node worker thread (tests, headless use): gives it the Web Worker
// globals (postMessage, addEventListener("message")) on top of worker_threads' parentPort.
// Start it with new Worker("engine/worker/node/thread.mjs"), which registers tsx first.
import { parentPort } from "node:worker_threads";

const port = parentPort;
if (!port) throw new Error("bootstrap.ts must run in a worker thread");
Object.assign(globalThis, {
  postMessage: (message: unknown) => port.postMessage(message),
  addEventListener: (type: string, listener: (event: { data: unknown }) => void) => {
    if (type === "message") port.on("message", (data: unknown) => listener({ data }));
  },
});
await import("../entry");
