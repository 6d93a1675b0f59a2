// The real worker entry in a Node worker thread, shaped like a Web Worker for the engine client
// (tests only).
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { WorkerLike } from "./engineClient";

const thread = fileURLToPath(new URL("../../engine/worker/node/thread.mjs", import.meta.url));

export function nodeWorker(): WorkerLike {
  const worker = new Worker(thread);
  const like: WorkerLike = {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => void worker.terminate(),
    onmessage: null,
    onerror: null,
  };
  worker.on("message", (data) => like.onmessage?.({ data }));
  worker.on("error", (error) => like.onerror?.(error));
  return like;
}
