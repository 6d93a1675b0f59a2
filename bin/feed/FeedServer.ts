// The feeder's servers: a plain TCP port (what `nc -lk 9999` serves, read by Spark's socketTextStream and
// the engine's Node socket source) and an HTTP port that upgrades to a WebSocket (the studio's socket
// source in the browser, which cannot open TCP) and also streams the lines as Server-Sent Events
// (GET /sse) and newline-delimited JSON (GET /ndjson), with CORS open so a page on any origin can read
// them. Every line goes to every client connected at the time it is sent.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createTcpServer, type Socket } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

export interface FeedServerOptions {
  host: string;
  /** TCP port (0: any free port). */
  port: number;
  /** WebSocket / SSE / NDJSON port (0: any free port). */
  wsPort: number;
  /** Connection news for the terminal. */
  say?: (line: string) => void;
}

type Client = { kind: "tcp" | "ws" | "sse" | "ndjson"; send: (line: string) => void; close: () => void };

export class FeedServer {
  readonly #tcp = createTcpServer();
  readonly #http = createHttpServer();
  readonly #ws = new WebSocketServer({ noServer: true });
  readonly #clients = new Set<Client>();
  #waiters: (() => void)[] = [];
  #say: (line: string) => void;
  /** Lines sent to at least one client. */
  sent = 0;

  constructor(readonly options: FeedServerOptions) {
    this.#say = options.say ?? (() => {});
    this.#tcp.on("connection", (socket) => this.#acceptTcp(socket));
    this.#http.on("request", (req, res) => this.#acceptHttp(req, res));
    this.#http.on("upgrade", (req, socket, head) => {
      this.#ws.handleUpgrade(req, socket, head, (ws) => this.#acceptWs(ws, req));
    });
  }

  /** Starts listening; resolves with the ports actually bound. */
  async listen(): Promise<{ port: number; wsPort: number }> {
    const bind = (server: import("node:net").Server, port: number) =>
      new Promise<number>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, this.options.host, () => {
          server.off("error", reject);
          resolve((server.address() as import("node:net").AddressInfo).port);
        });
      });
    const port = await bind(this.#tcp, this.options.port);
    const wsPort = await bind(this.#http, this.options.wsPort).catch((e) => {
      this.#tcp.close();
      throw e;
    });
    return { port, wsPort };
  }

  get clientCount(): number {
    return this.#clients.size;
  }

  /** Resolves once at least one client is connected (at once if one is). */
  waitForClient(signal?: AbortSignal): Promise<void> {
    if (this.#clients.size > 0 || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      this.#waiters.push(resolve);
      signal?.addEventListener("abort", () => resolve(), { once: true });
    });
  }

  /** Sends one line (no terminator) to every connected client; false when there was none. */
  broadcast(line: string): boolean {
    if (this.#clients.size === 0) return false;
    for (const c of this.#clients) c.send(line);
    this.sent++;
    return true;
  }

  /** Closes every client's connection and both servers. */
  async close(): Promise<void> {
    for (const c of this.#clients) c.close();
    this.#clients.clear();
    for (const w of this.#waiters) w();
    this.#waiters = [];
    this.#ws.close();
    await Promise.all([
      new Promise<void>((r) => this.#tcp.close(() => r())),
      new Promise<void>((r) => {
        this.#http.close(() => r());
        this.#http.closeAllConnections();
      }),
    ]);
  }

  #add(client: Client, who: string): void {
    this.#clients.add(client);
    this.#say(`client connected (${client.kind} ${who}); ${this.#clients.size} connected`);
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }

  #remove(client: Client, who: string): void {
    if (this.#clients.delete(client))
      this.#say(`client disconnected (${client.kind} ${who}); ${this.#clients.size} connected`);
  }

  #acceptTcp(socket: Socket): void {
    const who = `${socket.remoteAddress}:${socket.remotePort}`;
    const client: Client = {
      kind: "tcp",
      send: (line) => socket.write(`${line}\n`),
      close: () => socket.end(),
    };
    socket.on("error", () => {}); // a reset by the peer ends in "close" below
    socket.on("close", () => this.#remove(client, who));
    // Anything a TCP client sends is ignored, as nc -lk's readers send nothing either.
    socket.resume();
    this.#add(client, who);
  }

  #acceptWs(ws: WebSocket, req: IncomingMessage): void {
    const who = `${req.socket.remoteAddress}:${req.socket.remotePort}`;
    const client: Client = {
      kind: "ws",
      send: (line) => ws.send(line),
      close: () => ws.close(1000, "feed ended"),
    };
    ws.on("error", () => {});
    ws.on("close", () => this.#remove(client, who));
    this.#add(client, who);
  }

  #acceptHttp(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? "/", "http://feed").pathname;
    const cors = { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" };
    if (req.method === "OPTIONS") {
      res.writeHead(204, { ...cors, "Access-Control-Allow-Methods": "GET" }).end();
      return;
    }
    if (req.method !== "GET" || (path !== "/sse" && path !== "/ndjson")) {
      res.writeHead(404, { ...cors, "Content-Type": "text/plain" });
      res.end("dstream-studio feed: connect a WebSocket here, or GET /sse (Server-Sent Events) or /ndjson\n");
      return;
    }
    const who = `${req.socket.remoteAddress}:${req.socket.remotePort}`;
    const sse = path === "/sse";
    res.writeHead(200, {
      ...cors,
      "Content-Type": sse ? "text/event-stream" : "application/x-ndjson",
      Connection: "keep-alive",
    });
    res.flushHeaders();
    const client: Client = {
      kind: sse ? "sse" : "ndjson",
      send: (line) => res.write(sse ? `data: ${line}\n\n` : `${JSON.stringify({ line })}\n`),
      close: () => res.end(),
    };
    req.on("close", () => this.#remove(client, who));
    this.#add(client, who);
  }
}
