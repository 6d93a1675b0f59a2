// An HTTP stream as a source: Server-Sent Events (each event's data is one record, as text) or
// newline-delimited JSON (each line one record, parsed). Spark has no such receiver (a custom Receiver
// would read it); the exports say so. A line that is not JSON is dropped and reported, the stream goes
// on; an unreachable URL, an HTTP error or a CORS refusal is reported on the node and retried.
import type { Connection, NetEnv, StreamHandlers } from "./NetEnv";
import { unsupported } from "./NetEnv";
import { NetReceiver, type NetReceiverOptions } from "./NetReceiver";

export type HttpStreamFormat = "sse" | "ndjson";

export class HttpStreamReceiver extends NetReceiver<unknown> {
  /** SSE: the data lines of the event being read. */
  #data: string[] = [];
  #lineNumber = 0;

  constructor(
    net: NetEnv,
    readonly url: string,
    readonly format: HttpStreamFormat,
    options: NetReceiverOptions = {},
  ) {
    super(net, url, options);
  }

  protected open(handlers: StreamHandlers): Connection {
    if (!this.net.httpGet) throw unsupported("An HTTP stream", this.net, "run it in the browser or in Node");
    this.#data = [];
    this.#lineNumber = 0;
    const accept = this.format === "sse" ? "text/event-stream" : "application/x-ndjson, application/json";
    return this.net.httpGet(this.url, accept, handlers);
  }

  protected receiveText(text: string): void {
    this.framer.push(text);
  }

  protected override receiveLine(line: string): void {
    this.#lineNumber++;
    if (this.format === "ndjson") {
      if (line.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        this.reportDropped(
          `Dropped line ${this.#lineNumber}: not JSON (${(e as Error).message}): "${line.slice(0, 80)}"`,
        );
        return;
      }
      this.storeRecord(value, line);
      return;
    }
    // Server-Sent Events (WHATWG): "data:" lines accumulate, an empty line dispatches the event,
    // ":" lines are comments; other fields (event, id, retry) do not change the record.
    if (line === "") {
      if (this.#data.length > 0) {
        const data = this.#data.join("\n");
        this.#data = [];
        this.storeRecord(data, data);
      }
      return;
    }
    if (line.startsWith(":")) return;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") this.#data.push(value);
  }

  protected endedReason(): string {
    return "The HTTP stream ended (the server closed the response)";
  }
}
