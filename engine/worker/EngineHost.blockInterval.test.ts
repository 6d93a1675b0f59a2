import { afterEach, describe, expect, it } from "vitest";
import { wordCountDoc } from "../graph/testPipelines";
import { EngineHost } from "./EngineHost";
import { FakeEnv } from "./testEnv";

let host: EngineHost | undefined;
afterEach(() => host?.dispose());

/** The receiver node's partition counts in each batch the worker completes. */
async function partitionsOfLines(pipeline: ReturnType<typeof wordCountDoc>, steps: number) {
  host?.dispose(); // one active StreamingContext at a time, as in Spark
  const env = new FakeEnv();
  host = new EngineHost(env);
  await host.handle({ type: "load", pipeline });
  for (let i = 0; i < steps; i++) await host.handle({ type: "step" });
  return env
    .ofType("batchCompleted")
    .map((m) => m.nodes.find((n) => n.nodeId === "lines")?.partitionCounts.length);
}

describe("EngineHost: the document's block interval", () => {
  // 20 lines a second: a 1 s batch has 20 records, enough for every block to hold some.
  const lines = ["a b", "c d"];

  it("runs receivers with Spark's default 200 ms blocks: 1 s / 200 ms = 5 partitions", async () => {
    expect(await partitionsOfLines(wordCountDoc(lines, 20), 2)).toEqual([5, 5]);
  });

  it("honours blockIntervalMs: 1 s / 100 ms = 10 partitions, 2 s / 500 ms = 4", async () => {
    expect(await partitionsOfLines({ ...wordCountDoc(lines, 20), blockIntervalMs: 100 }, 2)).toEqual([
      10, 10,
    ]);
    const slow = { ...wordCountDoc(lines, 20), batchIntervalMs: 2000, blockIntervalMs: 500 };
    expect(await partitionsOfLines(slow, 2)).toEqual([4, 4]);
  });

  it("refuses a non-positive block interval when loading, as Spark's BlockGenerator does", async () => {
    const env = new FakeEnv();
    host = new EngineHost(env);
    await host.handle({ type: "load", pipeline: { ...wordCountDoc(), blockIntervalMs: 0 }, requestId: 3 });
    expect(env.ofType("loaded")[0].issues).toEqual([
      {
        severity: "error",
        message: "blockIntervalMs: the block interval must be a positive number of milliseconds",
      },
    ]);
    expect(host.getState()).toBe("idle");
  });
});
