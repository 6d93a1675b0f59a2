// What a real source needs from its runtime, injected so the engine itself never touches the network,
// the file system or real time (the engine's rule: time is injected, never read). Three runtimes give
// one: the browser's engine worker (browserNet.ts, from globals it captures before the sandbox removes
// them, so user functions never reach them), Node (nodeNet.ts: node:net, the ws package, fetch, node:fs),
// and tests (any fake). A runtime lacks what it cannot do (a browser has no TCP): the source says so.

/** What a connection reports. */
export interface StreamHandlers {
  onOpen(): void;
  /** Text received: any piece of a stream (TCP, HTTP body) or a whole message (WebSocket). */
  onText(text: string): void;
  /** The peer ended the stream normally (EOF, WebSocket closed). */
  onEnd(): void;
  /** The connection failed (refused, reset, HTTP error, CORS); `message` says why in a user's words. */
  onError(message: string): void;
}

export interface Connection {
  close(): void;
}

export interface OutgoingSocket extends Connection {
  send(text: string): void;
}

export interface FileEntry {
  name: string;
  /** Modification time, wall-clock milliseconds since the epoch. */
  modTimeMs: number;
}

export interface NetEnv {
  /** Wall-clock milliseconds since the epoch (file modification times are compared with it). */
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Where this runtime runs, for messages ("the browser", "Node"). */
  readonly runtime: string;
  tcp?(host: string, port: number, handlers: StreamHandlers): Connection;
  webSocket?(url: string, handlers: StreamHandlers): OutgoingSocket;
  /** GET `url` and stream its body as text (Server-Sent Events, newline-delimited JSON). */
  httpGet?(url: string, accept: string, handlers: StreamHandlers): Connection;
  /** POST `body` to `url`; rejects with a user's message when it fails. */
  httpPost?(url: string, body: string, contentType: string): Promise<void>;
  /** The files directly in `dir` (no subdirectories); throws a user's message when unreadable. */
  listDirectory?(dir: string): FileEntry[];
  readTextFile?(dir: string, name: string): string;
}

let current: NetEnv | undefined;

/** The runtime's network (undefined: none, e.g. the engine imported in a test without one). */
export function defaultNet(): NetEnv | undefined {
  return current;
}

/** engine/indexNode.ts (Node) and the engine worker's entry (browser) call it once. */
export function setDefaultNet(net: NetEnv | undefined): void {
  current = net;
}

/** The message when the runtime cannot do what a source needs. */
export function unsupported(what: string, net: NetEnv | undefined, hint: string): Error {
  return new Error(
    `${what} is not available ${net ? `in ${net.runtime}` : "here (no network runtime)"}: ${hint}`,
  );
}
