// Reads a fetch Response's body as text pieces, for both runtimes' httpGet: UTF-8 decoded across chunk
// boundaries; stops when closed.
import type { StreamHandlers } from "./NetEnv";

interface BodyReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}

interface ResponseLike {
  ok: boolean;
  status: number;
  statusText: string;
  body: { getReader(): BodyReader } | null;
}

/** Streams `response` into `handlers`; returns a function that stops reading. */
export function streamBody(response: ResponseLike, handlers: StreamHandlers): () => void {
  if (!response.ok || !response.body) {
    handlers.onError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
    return () => {};
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let closed = false;
  handlers.onOpen();
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (closed) return;
        if (done) break;
        const text = decoder.decode(value, { stream: true });
        if (text) handlers.onText(text);
      }
      const rest = decoder.decode();
      if (rest) handlers.onText(rest);
      handlers.onEnd();
    } catch (e) {
      if (!closed) handlers.onError(`the stream broke off (${(e as Error).message})`);
    }
  })();
  return () => {
    closed = true;
    reader.cancel().catch(() => {});
  };
}
