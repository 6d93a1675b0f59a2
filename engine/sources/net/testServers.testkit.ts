// Real local servers for the sources' tests, on ports the OS picks; every test closes its own.
import { createServer as createHttpServer, type ServerResponse } from "node:http";
import { createServer, type Server, type Socket } from "node:net";

export async function listen(server: Server | ReturnType<typeof createHttpServer>): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as { port: number }).port;
}

/** A TCP server like `nc -lk`: `sockets` are the connected clients. */
export async function tcpServer() {
  const sockets: Socket[] = [];
  const server = createServer((s) => {
    sockets.push(s);
    s.on("error", () => {});
  });
  const port = await listen(server);
  return {
    port,
    sockets,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** An HTTP server whose `/stream` responses the test writes into. */
export async function streamingHttpServer(contentType: string) {
  const responses: ServerResponse[] = [];
  const server = createHttpServer((req, res) => {
    if (req.url !== "/stream") {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("no");
      return;
    }
    res.writeHead(200, { "Content-Type": contentType, "Access-Control-Allow-Origin": "*" });
    res.flushHeaders();
    responses.push(res);
  });
  const port = await listen(server);
  return {
    port,
    url: `http://127.0.0.1:${port}/stream`,
    responses,
    close: () =>
      new Promise<void>((r) => {
        for (const res of responses) res.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Waits until `check` holds (polling), or fails after `ms`. */
export async function until(check: () => boolean, ms = 5000, what = "the condition"): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
