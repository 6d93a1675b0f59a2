// An HTTP POST or WebSocket output: each batch goes out as one JSON message
// {"batchTime": 3000, "records": [...]} (pairs as two-element arrays). Delivery runs beside the batch
// (the run does not wait for the network); a failure is shown on the node and the run goes on. A
// WebSocket that closes is reopened (with the sources' backoff) and the batches sent meanwhile are kept,
// up to `maxQueuedBatches`, then the oldest are dropped and counted.
import type { NetEnv, OutgoingSocket } from "../../sources/net/NetEnv";
import { unsupported } from "../../sources/net/NetEnv";
import { LAST_RECORDS, MAX_LOG_LINES, type SourceStatus } from "../../sources/net/SourceStatus";

export type HttpSinkMethod = "POST" | "WebSocket";

export function batchMessage(batchTimeMs: number, records: readonly unknown[]): string {
  return JSON.stringify({ batchTime: batchTimeMs, records }, (_k, v) => (v === undefined ? null : v));
}

export class HttpSink {
  readonly #status: SourceStatus;
  #socket?: OutgoingSocket;
  #open = false;
  #queue: string[] = [];
  #retryTimer: unknown;
  #attempt = 0;
  #stopped = false;
  onStatus?: (status: SourceStatus, logLine?: string) => void;

  constructor(
    private readonly net: NetEnv,
    readonly url: string,
    readonly method: HttpSinkMethod,
    readonly maxQueuedBatches = 100,
  ) {
    this.#status = { state: "closed", endpoint: url, received: 0, dropped: 0, lastRecords: [], log: [] };
  }

  status(): SourceStatus {
    return { ...this.#status, lastRecords: [...this.#status.lastRecords], log: [...this.#status.log] };
  }

  /** Sends one batch (returns at once; delivery is reported through the status). */
  write(batchTimeMs: number, records: readonly unknown[]): void {
    const message = batchMessage(batchTimeMs, records);
    if (this.method === "POST") {
      if (!this.net.httpPost) throw unsupported("HTTP POST", this.net, "run it in the browser or in Node");
      this.net.httpPost(this.url, message, "application/json").then(
        () => this.#delivered(batchTimeMs, records.length),
        (e: Error) => this.#failed(`Batch ${batchTimeMs} ms was not delivered: ${e.message}`),
      );
      return;
    }
    this.#queue.push(message);
    if (this.#queue.length > this.maxQueuedBatches) {
      this.#queue.shift();
      this.#status.dropped++;
    }
    if (!this.#socket) this.#connect();
    else if (this.#open) this.#flush();
  }

  stop(): void {
    this.#stopped = true;
    this.net.clearTimeout(this.#retryTimer);
    this.#socket?.close();
    this.#socket = undefined;
    this.#status.state = "closed";
  }

  #connect(): void {
    if (!this.net.webSocket) throw unsupported("A WebSocket", this.net, "run it in the browser or in Node");
    this.#status.state = this.#attempt === 0 ? "connecting" : "reconnecting";
    this.#log(`Connecting to ${this.url}`);
    const socket = this.net.webSocket(this.url, {
      onOpen: () => {
        this.#open = true;
        this.#attempt = 0;
        this.#status.state = "connected";
        this.#status.message = undefined;
        this.#log(`Connected to ${this.url}`);
        this.#flush();
      },
      onText: () => {},
      onEnd: () => this.#lost("The WebSocket was closed by the server"),
      onError: (message) => this.#lost(message),
    });
    this.#socket = socket;
  }

  #flush(): void {
    const socket = this.#socket;
    if (!socket) return;
    for (const message of this.#queue.splice(0)) {
      socket.send(message);
      const parsed = JSON.parse(message) as { batchTime: number; records: unknown[] };
      this.#delivered(parsed.batchTime, parsed.records.length);
    }
  }

  #lost(reason: string): void {
    this.#open = false;
    this.#socket?.close();
    this.#socket = undefined;
    if (this.#stopped) return;
    const delay = Math.min(16_000, 2000 * 2 ** this.#attempt++);
    this.#status.state = "reconnecting";
    this.#failed(`${reason}; reconnecting in ${delay} ms (${this.#queue.length} batches waiting)`);
    this.#retryTimer = this.net.setTimeout(() => {
      if (!this.#stopped && !this.#socket) this.#connect();
    }, delay);
  }

  #delivered(batchTimeMs: number, records: number): void {
    const s = this.#status;
    s.received += records;
    if (this.method === "POST") {
      s.state = "connected";
      s.message = undefined;
    }
    s.lastRecords.push(`batch ${batchTimeMs} ms: ${records} records`);
    if (s.lastRecords.length > LAST_RECORDS) s.lastRecords.shift();
    this.onStatus?.(this.status());
  }

  #failed(message: string): void {
    if (this.method === "POST") this.#status.state = "failed";
    this.#status.message = message;
    this.#log(message);
  }

  #log(line: string): void {
    this.#status.log.push(line);
    if (this.#status.log.length > MAX_LOG_LINES) this.#status.log.shift();
    this.onStatus?.(this.status(), line);
  }
}
