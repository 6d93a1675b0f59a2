// The feeder drives the lecture's socket word count in Node: the counts equal what was sent.
import { describe, expect, it } from "vitest";
import { StreamingContext } from "../../engine/scheduler/StreamingContext";
import { nodeNet } from "../../engine/sources/net/nodeNet";
import type { SocketReceiver } from "../../engine/sources/net/SocketReceiver";
import { socketTextStream, webSocketTextStream } from "../../engine/sources/net/streams";
import { until } from "../../engine/sources/net/testServers.testkit";
import { FeedServer } from "./FeedServer";
import { pump } from "./feed";
import { parseFeedArgs } from "./feedArgs";
import { generatorLines, generatorSource } from "./generatorSource";

function expectedCounts(seed: number, n: number): Map<string, number> {
  const next = generatorLines(seed);
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) for (const w of next().split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

describe.each(["tcp", "webSocket"] as const)("feed → socket word count in Node (%s)", (transport) => {
  it("counts every word the feeder sent, no more, no less", async () => {
    const server = new FeedServer({ host: "127.0.0.1", port: 0, wsPort: 0 });
    const { port, wsPort } = await server.listen();
    const ssc = new StreamingContext({ batchIntervalMs: 1000, net: nodeNet() });
    try {
      const lines =
        transport === "tcp"
          ? socketTextStream(ssc, "127.0.0.1", port)
          : webSocketTextStream(ssc, `ws://127.0.0.1:${wsPort}`);
      const totals = new Map<string, number>();
      lines
        .flatMap((l) => l.split(" "))
        .map((w) => [w, 1] as [string, number])
        .reduceByKey((a, b) => a + b)
        .foreachRDD((rdd) => {
          for (const [w, n] of rdd.collect()) totals.set(w, (totals.get(w) ?? 0) + n);
        });
      ssc.start();
      const N = 300;
      const abort = new AbortController();
      const source = generatorSource("words", { rate: 2000, seed: 7, loop: false, say: () => {} });
      const pumping = pump(server, source.lines(abort.signal), abort.signal, N);
      const receiver = lines.receiver as SocketReceiver;
      for (let batch = 0; batch < 50 && receiver.status().received < N; batch++) {
        await new Promise((r) => setTimeout(r, 50));
        await ssc.advance(1);
      }
      await pumping;
      await until(() => receiver.status().received === N);
      await ssc.advance(1);
      expect(server.sent).toBe(N);
      expect(totals).toEqual(expectedCounts(7, N));
    } finally {
      ssc.stop();
      await server.close();
    }
  });
});

describe("feed flags", () => {
  it("says what is wrong in one line", () => {
    expect(() => parseFeedArgs(["--rate", "fast"])).toThrow(
      '--rate must be a number above 0 and at most 1000000, got "fast"',
    );
    expect(() => parseFeedArgs(["--port", "70000"])).toThrow("--port must be a port number from 0 to 65535");
    expect(() => parseFeedArgs(["--port", "9000", "--ws-port", "9000"])).toThrow(
      "--port and --ws-port must differ",
    );
    expect(() => parseFeedArgs(["words.txt"])).toThrow(
      'unexpected argument "words.txt" (a source is given with --from)',
    );
    expect(() => parseFeedArgs(["--bogus"])).toThrow(/feed: Unknown option '--bogus'/);
    expect(parseFeedArgs(["--from", "words", "--rate", "2.5", "--count", "10"])).toMatchObject({
      from: "words",
      rate: 2.5,
      count: 10,
      port: 9999,
      wsPort: 9998,
    });
  });
});
