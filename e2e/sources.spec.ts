// Real sources in Chromium: the feeder (bin/feed) serves seeded lines on a WebSocket, the studio's
// socketTextStream node reads them inside the sandboxed engine worker (its connect-src allows exactly the
// nodes' URLs), a word count runs, and a foreachRDD → HTTP node POSTs each batch's counts to a server of
// this test: the counts equal what the feeder sent. Both servers are started and stopped here.
import { createServer, type Server } from "node:http";
import { expect, test } from "@playwright/test";
import { FeedServer } from "../bin/feed/FeedServer";
import { pump } from "../bin/feed/feed";
import { generatorLines, generatorSource } from "../bin/feed/generatorSource";
import { encodePipeline } from "../engine/graph/share";
import type { PipelineDocument } from "../engine/graph/types";
import { allowSharedPipeline } from "./consent";
import { collectErrors } from "./editorHelpers";

const N = 200;

function wordCount(wsUrl: string, postUrl: string): PipelineDocument {
  const at = (x: number) => ({ x, y: 100 });
  return {
    version: 1,
    id: "e2e-feed-word-count",
    name: "feed word count",
    batchIntervalMs: 1000,
    settings: { defaultParallelism: 2, executors: 2, coresPerExecutor: 2, backpressure: false, seed: 42 },
    nodes: [
      {
        id: "lines",
        kind: "socketTextStream",
        label: "lines",
        position: at(0),
        params: { webSocketUrl: wsUrl },
      },
      {
        id: "words",
        kind: "flatMap",
        label: "words",
        position: at(250),
        params: { fn: '(line) => line.split(" ")' },
      },
      { id: "pairs", kind: "map", label: "pairs", position: at(500), params: { fn: "(word) => [word, 1]" } },
      {
        id: "counts",
        kind: "reduceByKey",
        label: "counts",
        position: at(750),
        params: { fn: "(a, b) => a + b" },
      },
      { id: "post", kind: "sendBatches", label: "post", position: at(1000), params: { url: postUrl } },
    ],
    edges: [
      { id: "e1", source: "lines", target: "words" },
      { id: "e2", source: "words", target: "pairs" },
      { id: "e3", source: "pairs", target: "counts" },
      { id: "e4", source: "counts", target: "post" },
    ],
  } as unknown as PipelineDocument;
}

/** Receives the POSTed batches (CORS open: the engine's sandbox has a null origin). */
async function batchCollector() {
  const totals = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const cors = {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Headers": "content-type",
      "Access-Control-Allow-Methods": "POST",
    };
    if (req.method === "OPTIONS") return void res.writeHead(204, cors).end();
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const batch = JSON.parse(body) as { records: [string, number][] };
      for (const [w, n] of batch.records) totals.set(w, (totals.get(w) ?? 0) + n);
      res.writeHead(204, cors).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/batches`,
    totals,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

test("the feeder drives a word count in the browser: the counts equal what was sent", async ({ page }) => {
  const errors = collectErrors(page);
  const feed = new FeedServer({ host: "127.0.0.1", port: 0, wsPort: 0 });
  const { wsPort } = await feed.listen();
  const collector = await batchCollector();
  const abort = new AbortController();
  try {
    await page.goto(`/#p=${encodePipeline(wordCount(`ws://127.0.0.1:${wsPort}`, collector.url))}`);
    await allowSharedPipeline(page);
    const source = page.getByTestId("node-lines").getByTestId("source-status");
    await expect(source).toBeVisible();
    await page.getByRole("button", { name: "Step", exact: true }).click();
    await expect(source).toHaveAttribute("data-state", "connected");

    const lines = generatorSource("words", { rate: 400, seed: 11, loop: false, say: () => {} });
    await pump(feed, lines.lines(abort.signal), abort.signal, N);
    expect(feed.sent).toBe(N);
    const expected = new Map<string, number>();
    const next = generatorLines(11);
    for (let i = 0; i < N; i++)
      for (const w of next().split(" ")) expected.set(w, (expected.get(w) ?? 0) + 1);
    const total = [...expected.values()].reduce((a, b) => a + b, 0);

    const step = page.getByRole("button", { name: "Step", exact: true });
    await expect
      .poll(
        async () => {
          await step.click();
          return [...collector.totals.values()].reduce((a, b) => a + b, 0);
        },
        { timeout: 30_000, intervals: [500] },
      )
      .toBe(total);
    expect(collector.totals).toEqual(expected);
    await expect(source).toContainText(`${N} received`);
    await expect(page.getByTestId("node-post").getByTestId("source-status")).toHaveAttribute(
      "data-state",
      "connected",
    );

    // The feeder goes away mid-run: the node says so and the run goes on.
    await feed.close();
    await step.click();
    await expect(source).toHaveAttribute("data-state", "reconnecting");
    await expect(source).toContainText("Socket data stream had no more data");
    expect(errors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED/.test(e))).toEqual([]);
  } finally {
    abort.abort();
    await feed.close();
    await collector.close();
  }
});
