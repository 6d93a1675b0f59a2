// The network of Node programs (the CLI, exported TypeScript, tests): TCP with node:net, WebSockets with
// the ws package, HTTP with fetch, directories with node:fs. engine/indexNode.ts makes it the default.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import WebSocket from "ws";
import type { NetEnv, OutgoingSocket, StreamHandlers } from "./NetEnv";
import { streamBody } from "./streamBody";

/** "connect ECONNREFUSED 127.0.0.1:9" → "Connection refused" (what Java's ConnectException says). */
function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
  const code = err.code ?? err.cause?.code;
  const known: Record<string, string> = {
    ECONNREFUSED: "Connection refused",
    ECONNRESET: "Connection reset",
    ENOTFOUND: "Unknown host",
    EAI_AGAIN: "Unknown host",
    ETIMEDOUT: "Connection timed out",
    EHOSTUNREACH: "No route to host",
    EPIPE: "Broken pipe",
  };
  return (code && known[code]) ?? err.cause?.message ?? err.message ?? String(e);
}

export function nodeNet(): NetEnv {
  return {
    runtime: "Node",
    now: () => Date.now(),
    setTimeout: (fn, ms) => {
      const t = setTimeout(fn, ms);
      // A pending reconnect must not keep a finished program alive.
      t.unref?.();
      return t;
    },
    clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
    tcp(host, port, handlers) {
      const socket = connect({ host, port });
      socket.setEncoding("utf8");
      socket.on("connect", () => handlers.onOpen());
      socket.on("data", (text: string) => handlers.onText(text));
      let failed = false;
      socket.on("error", (e) => {
        failed = true;
        handlers.onError(reason(e));
      });
      socket.on("close", () => {
        if (!failed) handlers.onEnd();
      });
      return { close: () => socket.destroy() };
    },
    webSocket(url, handlers) {
      return openWebSocket(url, handlers);
    },
    httpGet(url, accept, handlers) {
      const abort = new AbortController();
      let stop = () => {};
      fetch(url, { headers: { Accept: accept }, signal: abort.signal }).then(
        (response) => {
          stop = streamBody(response as never, handlers);
        },
        (e) => {
          if (!abort.signal.aborted) handlers.onError(`${url} is unreachable: ${reason(e)}`);
        },
      );
      return {
        close: () => {
          stop();
          abort.abort();
        },
      };
    },
    async httpPost(url, body, contentType) {
      let response: Response;
      try {
        response = await fetch(url, { method: "POST", body, headers: { "Content-Type": contentType } });
      } catch (e) {
        throw new Error(`${url} is unreachable: ${reason(e)}`);
      }
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) throw new Error(`${url} answered HTTP ${response.status} ${response.statusText}`);
    },
    listDirectory(dir) {
      return readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => ({ name: d.name, modTimeMs: statSync(join(dir, d.name)).mtimeMs }));
    },
    readTextFile: (dir, name) => readFileSync(join(dir, name), "utf8"),
  };
}

function openWebSocket(url: string, handlers: StreamHandlers): OutgoingSocket {
  const ws = new WebSocket(url);
  let failed = false;
  const queued: string[] = [];
  ws.on("open", () => {
    for (const text of queued.splice(0)) ws.send(text);
    handlers.onOpen();
  });
  ws.on("message", (data) => handlers.onText(data.toString()));
  ws.on("error", (e) => {
    failed = true;
    handlers.onError(reason(e));
  });
  ws.on("close", () => {
    if (!failed) handlers.onEnd();
  });
  return {
    send: (text) => (ws.readyState === WebSocket.OPEN ? ws.send(text) : queued.push(text)),
    close: () => ws.terminate(),
  };
}
