// socketTextStream's receiver: lines of UTF-8 text from a TCP socket (Node), or from a WebSocket (the
// browser, which cannot open TCP: the feeder, `dstream-studio feed`, serves both). Spark's SocketReceiver
// messages: "Connecting to host:port", "Connected to host:port", a refused connection restarts with
// "Error connecting to host:port", the end of the stream with "Socket data stream had no more data".
import type { Connection, NetEnv, StreamHandlers } from "./NetEnv";
import { unsupported } from "./NetEnv";
import { NetReceiver, type NetReceiverOptions } from "./NetReceiver";

export type SocketAddress = { kind: "tcp"; host: string; port: number } | { kind: "webSocket"; url: string };

export class SocketReceiver extends NetReceiver<string> {
  #opened = false;

  constructor(
    net: NetEnv,
    readonly address: SocketAddress,
    options: NetReceiverOptions = {},
  ) {
    super(net, address.kind === "tcp" ? `${address.host}:${address.port}` : address.url, options);
  }

  protected open(handlers: StreamHandlers): Connection {
    this.#opened = false;
    const tracked: StreamHandlers = {
      ...handlers,
      onOpen: () => {
        this.#opened = true;
        handlers.onOpen();
      },
      onError: (message) =>
        handlers.onError(
          this.#opened
            ? `Error receiving data: ${message}`
            : `Error connecting to ${this.endpoint}: ${message}`,
        ),
    };
    const a = this.address;
    if (a.kind === "tcp") {
      if (!this.net.tcp)
        throw unsupported(
          "A TCP socket",
          this.net,
          "connect to the feeder's WebSocket instead (ws://host:port)",
        );
      return this.net.tcp(a.host, a.port, tracked);
    }
    if (!this.net.webSocket) throw unsupported("A WebSocket", this.net, "run it in the browser or in Node");
    // A WebSocket message is one or more whole lines: end an unterminated last line with the message.
    return this.net.webSocket(a.url, {
      ...tracked,
      onText: (text) => tracked.onText(/[\r\n]$/.test(text) ? text : `${text}\n`),
    });
  }

  protected receiveText(text: string): void {
    this.framer.push(text);
  }

  protected override receiveLine(line: string): void {
    this.storeRecord(line, line);
  }

  protected endedReason(): string {
    return "Socket data stream had no more data";
  }
}
