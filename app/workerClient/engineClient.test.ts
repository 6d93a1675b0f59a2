// Runs the real worker module in Node worker threads through the page's engine client.
import { afterEach, describe, expect, it } from "vitest";
import { chain, doc, node, wordCountDoc } from "../../engine/graph/testPipelines";
import type { FromWorker } from "../../engine/protocol/messages";
import { type ClientMessage, createEngineClient, type EngineClient } from "./engineClient";
import { nodeWorker } from "./nodeWorker.testkit";

let client: EngineClient | undefined;
afterEach(() => client?.dispose());

function connect(options: Parameters<typeof createEngineClient>[0] = {}) {
  const messages: ClientMessage[] = [];
  client = createEngineClient({ createWorker: nodeWorker, ...options });
  client.subscribe((m) => messages.push(m));
  const waitFor = async <T extends ClientMessage["type"]>(type: T, count = 1, timeoutMs = 40_000) => {
    const start = Date.now();
    for (;;) {
      const found = messages.filter((m): m is Extract<ClientMessage, { type: T }> => m.type === type);
      if (found.length >= count) return found;
      if (Date.now() - start > timeoutMs)
        throw new Error(`no ${count} × ${type} in ${timeoutMs} ms: ${messages.map((m) => m.type).join(",")}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { client, messages, waitFor };
}

// Starting a worker thread compiles the engine with tsx: seconds on a busy machine, hence the timeouts.
describe("engine client with the real worker (Node worker threads)", { timeout: 90_000 }, () => {
  it("runs a word count: steps 3 batches and reports their summaries", async () => {
    const { client, waitFor } = connect();
    await waitFor("ready");
    client.send({ type: "load", pipeline: wordCountDoc(["to be or not to be", "to do"], 2), requestId: 1 });
    const [loaded] = await waitFor("loaded");
    expect(loaded.issues).toEqual([]);
    for (let i = 1; i <= 3; i++) {
      client.send({ type: "step" });
      await waitFor("batchCompleted", i);
    }
    const completed = (await waitFor("batchCompleted", 3)) as Extract<
      FromWorker,
      { type: "batchCompleted" }
    >[];
    expect(completed.map((m) => m.info.batchTimeMs)).toEqual([1000, 2000, 3000]);
    // Two lines a second, cycling: every batch holds both lines, so the same counts each time.
    for (const batch of completed) {
      const counts = batch.nodes.find((n) => n.nodeId === "counts")!;
      expect(counts.keyCounts).toEqual([
        ["to", 3],
        ["be", 2],
        ["do", 1],
        ["not", 1],
        ["or", 1],
      ]);
      expect(batch.nodes.find((n) => n.nodeId === "words")!.count).toBe(8);
      expect(batch.info.numRecords).toBe(2);
    }
  });

  it("lets a long batch of many short tasks finish: it posts progress while it computes", async () => {
    // 8 partitions of 250 records, 2 ms of busy work each: ~4 s of silence without progress, 0.5 s tasks.
    const { client, messages, waitFor } = connect({ timeoutMs: 1500, checkEveryMs: 100 });
    await waitFor("ready");
    const records = Array.from({ length: 2000 }, (_, i) => i);
    const nodes = [
      node("q", "queueStream", { batches: [records] }),
      node("busy", "map", {
        fn: "(x) => { const until = Date.now() + 2; while (Date.now() < until) {} return x; }",
      }),
      node("out", "foreachRDD"),
    ];
    client.send({
      type: "load",
      pipeline: doc(nodes, chain(nodes), { settings: { defaultParallelism: 8 } }),
      requestId: 1,
    });
    await waitFor("loaded");
    client.send({ type: "step" });
    const [completed] = await waitFor("batchCompleted");
    expect(completed.info.batchTimeMs).toBe(1000);
    expect(messages.filter((m) => m.type === "workerRestarted")).toEqual([]);
    const progress = messages.filter(
      (m): m is Extract<FromWorker, { type: "heartbeat" }> =>
        m.type === "heartbeat" && (m.tasksDone ?? 0) > 0,
    );
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(progress.some((h) => h.runningNodeId === "busy")).toBe(true);
  });

  it("replaces a worker stuck in an endless loop and names the node", async () => {
    const { client, messages, waitFor } = connect({ timeoutMs: 1500, checkEveryMs: 100 });
    await waitFor("ready");
    const nodes = [
      node("q", "queueStream", { batches: [["a"], ["b"]] }),
      node("spin", "map", { fn: "(x) => { while (true) {} }" }),
      node("out", "print"),
    ];
    client.send({ type: "load", pipeline: doc(nodes, chain(nodes)), requestId: 1 });
    await waitFor("loaded");
    client.send({ type: "step" });
    const [restarted] = await waitFor("workerRestarted");
    expect(restarted.nodeId).toBe("spin");
    expect(restarted.message).toContain('while running node "spin"');
    // The fresh worker is up, has the pipeline again, and answers.
    await waitFor("loaded", 2);
    client.send({ type: "ping", requestId: 9 });
    const [pong] = await waitFor("pong");
    expect(pong.requestId).toBe(9);
    expect(messages.filter((m) => m.type === "ready")).toHaveLength(2);
  });

  it("names the node from heartbeats when memory cannot be shared", async () => {
    const { client, waitFor } = connect({ timeoutMs: 1500, checkEveryMs: 100, useSharedMemory: false });
    await waitFor("ready");
    const nodes = [
      node("q", "queueStream", { batches: [["a"]] }),
      node("ok", "map", { fn: "(x) => x + 1" }),
      node("spin", "filter", { fn: "(x) => { for (;;) {} }" }),
      node("out", "print"),
    ];
    client.send({ type: "load", pipeline: doc(nodes, chain(nodes)), requestId: 1 });
    await waitFor("loaded");
    client.send({ type: "step" });
    const [restarted] = await waitFor("workerRestarted");
    expect(restarted.nodeId).toBe("spin");
  });

  it("does not reload a pipeline whose loading hangs, and names the node", async () => {
    const { client, messages, waitFor } = connect({ timeoutMs: 1500, checkEveryMs: 100 });
    await waitFor("ready");
    // The function expression itself never finishes evaluating: loading hangs, not a batch.
    const nodes = [
      node("q", "queueStream", { batches: [["a"]] }),
      node("init", "map", { fn: "(() => { while (true) {} })()" }),
      node("out", "print"),
    ];
    client.send({ type: "load", pipeline: doc(nodes, chain(nodes)), requestId: 1 });
    const [restarted] = await waitFor("workerRestarted");
    expect(restarted.message).toContain('while loading the pipeline at node "init"');
    await waitFor("ready", 2);
    client.send({ type: "ping", requestId: 2 });
    await waitFor("pong");
    expect(messages.filter((m) => m.type === "loaded")).toEqual([]);
  });
});
