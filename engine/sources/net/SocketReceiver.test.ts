import { afterEach, describe, expect, it } from "vitest";
import { StreamingContext } from "../../scheduler/StreamingContext";
import { nodeNet } from "./nodeNet";
import type { SocketReceiver } from "./SocketReceiver";
import { socketTextStream } from "./streams";
import { tcpServer, until } from "./testServers.testkit";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe("socketTextStream over TCP (Node)", () => {
  it("turns what a server writes into batches of lines, with Spark's receiver log", async () => {
    const server = await tcpServer();
    cleanups.push(server.close);
    const ssc = new StreamingContext({ batchIntervalMs: 1000, net: nodeNet() });
    const lines = socketTextStream(ssc, "127.0.0.1", server.port, { restartDelayMs: 20 });
    const batches: string[][] = [];
    lines.foreachRDD((rdd) => batches.push(rdd.collect()));
    ssc.start();
    cleanups.push(() => ssc.stop());
    const receiver = lines.receiver as SocketReceiver;
    await until(() => server.sockets.length === 1, 5000, "the connection");
    server.sockets[0].write("to be or\r\nnot to be\nthat is ");
    await until(() => receiver.pendingRecords() === 2);
    await ssc.advance(1);
    server.sockets[0].write("the question\n");
    await until(() => receiver.pendingRecords() === 1);
    await ssc.advance(1);
    expect(batches).toEqual([["to be or", "not to be"], ["that is the question"]]);
    expect(receiver.storageLevel).toBe("MEMORY_AND_DISK_SER_2");
    const status = receiver.status();
    expect(status.state).toBe("connected");
    expect(status.received).toBe(3);
    expect(status.log.slice(0, 2)).toEqual([
      `Connecting to 127.0.0.1:${server.port}`,
      `Connected to 127.0.0.1:${server.port}`,
    ]);
  });

  it("a server that goes away: the run goes on, lines already received stay, it reconnects with backoff", async () => {
    const server = await tcpServer();
    cleanups.push(server.close);
    const ssc = new StreamingContext({ batchIntervalMs: 1000, net: nodeNet() });
    const stream = socketTextStream(ssc, "127.0.0.1", server.port, { restartDelayMs: 30 });
    const batches: string[][] = [];
    stream.foreachRDD((rdd) => batches.push(rdd.collect()));
    const receiver = stream.receiver as SocketReceiver;
    const logged: string[] = [];
    receiver.onStatus = (_s, line) => line && logged.push(line);
    ssc.start();
    cleanups.push(() => ssc.stop());
    await until(() => server.sockets.length === 1);
    server.sockets[0].end("a\nb\n"); // the server closes its side after two lines
    await until(() => receiver.status().state === "reconnecting");
    expect(receiver.status().message).toBe("Socket data stream had no more data");
    await until(() => server.sockets.length === 2, 5000, "the reconnection");
    await until(() => receiver.status().state === "connected");
    server.sockets[1].write("c\n");
    await until(() => receiver.pendingRecords() === 3);
    await ssc.advance(1);
    expect(batches).toEqual([["a", "b", "c"]]);
    expect(logged).toContain("Restarting receiver with delay 30 ms: Socket data stream had no more data");
    expect(logged).toContain("Starting receiver again");
  });

  it("an unreachable port: Spark's connect error on the node, retried with growing delays", async () => {
    const server = await tcpServer();
    const port = server.port;
    await server.close(); // nothing listens there now
    const ssc = new StreamingContext({ batchIntervalMs: 1000, net: nodeNet() });
    const stream = socketTextStream(ssc, "127.0.0.1", port, { restartDelayMs: 10, maxRestartDelayMs: 40 });
    stream.foreachRDD(() => {});
    const receiver = stream.receiver as SocketReceiver;
    ssc.start();
    cleanups.push(() => ssc.stop());
    await until(() => receiver.status().log.filter((l) => l.startsWith("Restarting")).length >= 4);
    const status = receiver.status();
    expect(status.state).toBe("reconnecting");
    expect(status.message).toBe(`Error connecting to 127.0.0.1:${port}: Connection refused`);
    const delays = status.log
      .filter((l) => l.startsWith("Restarting"))
      .map((l) => Number(/delay (\d+)/.exec(l)![1]));
    expect(delays.slice(0, 4)).toEqual([10, 20, 40, 40]);
    await ssc.advance(1); // the run keeps going: empty batches
    expect(ssc.getState()).toBe("ACTIVE");
  });

  it("a huge line is dropped and reported; the lines around it arrive", async () => {
    const server = await tcpServer();
    cleanups.push(server.close);
    const ssc = new StreamingContext({ batchIntervalMs: 1000, net: nodeNet() });
    const stream = socketTextStream(ssc, "127.0.0.1", server.port, { maxLineChars: 1000 });
    const batches: string[][] = [];
    stream.foreachRDD((rdd) => batches.push(rdd.collect()));
    const receiver = stream.receiver as SocketReceiver;
    ssc.start();
    cleanups.push(() => ssc.stop());
    await until(() => server.sockets.length === 1);
    server.sockets[0].write(`before\n${"z".repeat(5000)}\nafter\n`);
    await until(() => receiver.pendingRecords() === 2);
    await ssc.advance(1);
    expect(batches).toEqual([["before", "after"]]);
    expect(receiver.status().dropped).toBe(1);
    expect(receiver.status().message).toMatch(/^Dropped a line of 5,000 characters \(the limit is 1,000\)/);
  });

  it("rejects a port out of range as Spark does", () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000, net: nodeNet() });
    expect(() => socketTextStream(ssc, "localhost", 70000)).toThrow("port out of range: 70000");
  });
});
