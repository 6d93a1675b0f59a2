// The engine worker's entry inside the sandbox (bundled into one classic script and started from a blob
// URL by app/workerClient's sandbox frame, an opaque-origin iframe whose Content-Security-Policy the
// worker inherits). The page's messages arrive on a private MessagePort handed over once, before any
// user code exists; the port lives only in this closure, so user code cannot post as the engine
// (self.postMessage is removed, and the frame ignores the worker's own messages anyway).
import { browserNet, captureNetwork } from "../sources/net/browserNet";
import { setDefaultNet } from "../sources/net/NetEnv";
import { EngineHost } from "./EngineHost";
import { confineScope } from "./sandbox/confineScope";

interface PortEvent {
  ports: readonly MessagePort[];
}

const scope = globalThis as unknown as {
  addEventListener(type: "message", listener: (event: PortEvent) => void): void;
};
const now = performance.now.bind(performance);
const timeout = setTimeout.bind(globalThis);
const cancel = clearTimeout.bind(globalThis);
const wallNow = Date.now.bind(Date);

// The real sources' network, taken before the sandbox removes it from the globals: only the engine's
// sources and sinks hold it (user functions cannot reach this module's closure), and the frame's
// Content-Security-Policy limits it to the URLs the pipeline's nodes name.
setDefaultNet(
  browserNet(captureNetwork(globalThis as unknown as Record<string, unknown>), {
    now: wallNow,
    setTimeout: (fn, ms) => timeout(fn, ms),
    clearTimeout: (handle) => cancel(handle as ReturnType<typeof setTimeout>),
  }),
);

let refused: string | undefined;
try {
  confineScope();
} catch (e) {
  refused = `The engine's sandbox could not be set up, so no pipeline runs: ${(e as Error).message}`;
}

let connected = false;
scope.addEventListener("message", (event) => {
  const port = event.ports[0];
  if (connected || !port) return;
  connected = true;
  const post = port.postMessage.bind(port);
  if (refused !== undefined) {
    post({ type: "error", message: refused });
    return;
  }
  const host = new EngineHost({
    post: (message) => post(message),
    now,
    setTimeout: (fn, ms) => timeout(fn, ms),
    clearTimeout: (handle) => cancel(handle as ReturnType<typeof setTimeout>),
  });
  port.onmessage = (e) => void host.handle(e.data);
  host.ready();
});
