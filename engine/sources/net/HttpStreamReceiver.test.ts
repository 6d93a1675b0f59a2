import { afterEach, describe, expect, it } from "vitest";
import { StreamingContext } from "../../scheduler/StreamingContext";
import type { HttpStreamReceiver } from "./HttpStreamReceiver";
import { nodeNet } from "./nodeNet";
import { httpStream } from "./streams";
import { streamingHttpServer, until } from "./testServers.testkit";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function run(format: "sse" | "ndjson", url: (server: { url: string }) => string = (s) => s.url) {
  const server = await streamingHttpServer(format === "sse" ? "text/event-stream" : "application/x-ndjson");
  cleanups.push(server.close);
  const ssc = new StreamingContext({ batchIntervalMs: 1000, net: nodeNet() });
  const stream = httpStream(ssc, url(server), format, { restartDelayMs: 20 });
  const batches: unknown[][] = [];
  stream.foreachRDD((rdd) => batches.push(rdd.collect()));
  ssc.start();
  cleanups.push(() => ssc.stop());
  return { server, ssc, batches, receiver: stream.receiver as HttpStreamReceiver };
}

describe("HTTP streams as sources", () => {
  it("Server-Sent Events: each event's data is a record (multi-line data joined, comments skipped)", async () => {
    const { server, ssc, batches, receiver } = await run("sse");
    await until(() => server.responses.length === 1);
    server.responses[0].write(": hello\n\ndata: to be\n\nevent: x\ndata: or\ndata: not\n\nid: 3\ndata:to be");
    await until(() => receiver.pendingRecords() === 2);
    server.responses[0].write("\n\n");
    await until(() => receiver.pendingRecords() === 3);
    await ssc.advance(1);
    expect(batches).toEqual([["to be", "or\nnot", "to be"]]);
    expect(receiver.status().state).toBe("connected");
  });

  it("NDJSON: each line parsed; a malformed line is dropped and reported, the stream goes on", async () => {
    const { server, ssc, batches, receiver } = await run("ndjson");
    await until(() => server.responses.length === 1);
    server.responses[0].write('{"word":"a","n":1}\n{oops\n\n[1,2]\n');
    await until(() => receiver.pendingRecords() === 2);
    await ssc.advance(1);
    expect(batches).toEqual([[{ word: "a", n: 1 }, [1, 2]]]);
    expect(receiver.status().dropped).toBe(1);
    expect(receiver.status().message).toMatch(/^Dropped line 2: not JSON/);
  });

  it("an HTTP error and a server gone mid-run are reported; the receiver retries and keeps what it had", async () => {
    const { server, ssc, batches, receiver } = await run("sse");
    await until(() => server.responses.length === 1);
    server.responses[0].write("data: kept\n\n");
    await until(() => receiver.pendingRecords() === 1);
    server.responses[0].destroy(); // the server goes away mid-stream
    await until(() => receiver.status().log.some((l) => l.startsWith("Restarting receiver")));
    await until(() => server.responses.length === 2, 5000, "the reconnection");
    server.responses[1].write("data: after\n\n");
    await until(() => receiver.pendingRecords() === 2);
    await ssc.advance(1);
    expect(batches).toEqual([["kept", "after"]]);
    ssc.stop();

    const missing = await run("sse", (s) => s.url.replace("/stream", "/missing"));
    await until(() => missing.receiver.status().message !== undefined);
    expect(missing.receiver.status().message).toBe("HTTP 404 Not Found");
  });

  it("an unreachable URL says so", async () => {
    const closed = await streamingHttpServer("application/x-ndjson");
    await closed.close(); // nothing listens on its port now
    const { receiver } = await run("ndjson", () => closed.url);
    await until(() => receiver.status().message !== undefined);
    expect(receiver.status().message).toBe(`${closed.url} is unreachable: Connection refused`);
  });
});
