// The network of the engine worker in the browser. The sandbox (engine/worker/sandbox/confineScope.ts)
// removes WebSocket and fetch from the worker's globals before any user function exists; the worker's
// entry captures them first and hands them here, so only the engine's own sources reach them and user
// functions still cannot. The worker's Content-Security-Policy lets them reach exactly the URLs the
// pipeline's nodes name (app/workerClient/sandboxFrame.ts); anything else is refused by the browser.
// A browser has no TCP and no directories: socket sources use the feeder's WebSocket, textFileStream
// the node's drop folder.
import type { NetEnv, OutgoingSocket, StreamHandlers } from "./NetEnv";
import { streamBody } from "./streamBody";

interface BrowserWebSocket {
  readyState: number;
  onopen: (() => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: (() => void) | null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null;
  send(text: string): void;
  close(): void;
}

export interface CapturedNetwork {
  WebSocket?: new (url: string) => BrowserWebSocket;
  fetch?: (url: string, init?: Record<string, unknown>) => Promise<any>;
  AbortController?: new () => { signal: unknown; abort(): void };
}

/** Takes the globals the sources need, before the sandbox removes them. */
export function captureNetwork(scope: Record<string, unknown>): CapturedNetwork {
  const f = scope.fetch as CapturedNetwork["fetch"] | undefined;
  return {
    WebSocket: scope.WebSocket as CapturedNetwork["WebSocket"],
    fetch: f ? f.bind(scope) : undefined,
    AbortController: scope.AbortController as CapturedNetwork["AbortController"],
  };
}

const CORS_HINT =
  "unreachable, or blocked by the browser: the server must answer with Access-Control-Allow-Origin: * " +
  "(the studio's engine runs in a sandbox whose origin is null), and the URL must be the one on the node";

export function browserNet(
  captured: CapturedNetwork,
  timers: Pick<NetEnv, "now" | "setTimeout" | "clearTimeout">,
): NetEnv {
  const { WebSocket: WS, fetch: doFetch, AbortController: Abort } = captured;
  return {
    runtime: "the browser",
    ...timers,
    webSocket: WS ? (url, handlers) => openWebSocket(WS, url, handlers) : undefined,
    httpGet:
      doFetch && Abort
        ? (url, accept, handlers) => {
            const abort = new Abort();
            let stop = () => {};
            let closed = false;
            doFetch(url, { headers: { Accept: accept }, signal: abort.signal, cache: "no-store" }).then(
              (response) => {
                if (!closed) stop = streamBody(response, handlers);
              },
              () => {
                if (!closed) handlers.onError(`${url} is ${CORS_HINT}`);
              },
            );
            return {
              close: () => {
                closed = true;
                stop();
                abort.abort();
              },
            };
          }
        : undefined,
    httpPost: doFetch
      ? async (url, body, contentType) => {
          let response: { ok: boolean; status: number; statusText: string };
          try {
            response = await doFetch(url, { method: "POST", body, headers: { "Content-Type": contentType } });
          } catch {
            throw new Error(`${url} is ${CORS_HINT}`);
          }
          if (!response.ok) throw new Error(`${url} answered HTTP ${response.status} ${response.statusText}`);
        }
      : undefined,
  };
}

function openWebSocket(
  WS: NonNullable<CapturedNetwork["WebSocket"]>,
  url: string,
  handlers: StreamHandlers,
): OutgoingSocket {
  let ws: BrowserWebSocket;
  try {
    ws = new WS(url);
  } catch (e) {
    // A malformed URL, or one the Content-Security-Policy refuses, throws at once.
    throw new Error(`cannot open ${url}: ${(e as Error).message}`);
  }
  let opened = false;
  const queued: string[] = [];
  ws.onopen = () => {
    opened = true;
    for (const text of queued.splice(0)) ws.send(text);
    handlers.onOpen();
  };
  ws.onmessage = (event) => {
    if (typeof event.data === "string") handlers.onText(event.data);
  };
  ws.onerror = () => {};
  ws.onclose = (event) => {
    if (opened) handlers.onEnd();
    // The browser tells scripts nothing more about a failed WebSocket (on purpose).
    else handlers.onError(`the connection failed (code ${event.code}): is the server running at ${url}?`);
  };
  return {
    send: (text) => (opened ? ws.send(text) : queued.push(text)),
    close: () => {
      ws.onclose = null;
      ws.close();
    },
  };
}
