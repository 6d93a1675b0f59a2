import { createServer } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocketServer } from "ws";
import { nodeNet } from "../../sources/net/nodeNet";
import { listen, until } from "../../sources/net/testServers.testkit";
import { HttpSink } from "./HttpSink";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe("HttpSink", () => {
  it("POSTs each batch as JSON; a refused POST is shown and the next batch still goes", async () => {
    const bodies: string[] = [];
    let refuse = true;
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        if (refuse) {
          refuse = false;
          res.writeHead(503, "Service Unavailable").end();
          return;
        }
        bodies.push(body);
        res.writeHead(204).end();
      });
    });
    const port = await listen(server);
    cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
    const sink = new HttpSink(nodeNet(), `http://127.0.0.1:${port}/in`, "POST");
    sink.write(1000, [["a", 1]]);
    await until(() => sink.status().state === "failed");
    expect(sink.status().message).toBe(
      `Batch 1000 ms was not delivered: http://127.0.0.1:${port}/in answered HTTP 503 Service Unavailable`,
    );
    sink.write(2000, [["b", 2], "plain"]);
    await until(() => bodies.length === 1);
    expect(JSON.parse(bodies[0])).toEqual({ batchTime: 2000, records: [["b", 2], "plain"] });
    await until(() => sink.status().state === "connected");
    expect(sink.status().received).toBe(2);
  });

  it("sends each batch on a WebSocket, keeping batches written before it opens", async () => {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    const got: string[] = [];
    wss.on("connection", (ws) => ws.on("message", (m) => got.push(m.toString())));
    const port = await listen(server);
    cleanups.push(
      () =>
        new Promise<void>((r) => {
          for (const c of wss.clients) c.terminate();
          wss.close();
          server.close(() => r());
        }),
    );
    const sink = new HttpSink(nodeNet(), `ws://127.0.0.1:${port}`, "WebSocket");
    cleanups.push(() => sink.stop());
    sink.write(1000, [1, 2]);
    sink.write(2000, []);
    await until(() => got.length === 2);
    expect(got.map((m) => JSON.parse(m))).toEqual([
      { batchTime: 1000, records: [1, 2] },
      { batchTime: 2000, records: [] },
    ]);
    expect(sink.status().state).toBe("connected");
  });
});
