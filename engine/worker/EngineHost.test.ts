import { afterEach, describe, expect, it } from "vitest";
import { chain, doc, node, wordCountDoc } from "../graph/testPipelines";
import { PIPELINE_VERSION } from "../graph/types";
import { EngineHost } from "./EngineHost";
import { FakeEnv } from "./testEnv";

let host: EngineHost | undefined;
afterEach(() => host?.dispose());

function setup() {
  const env = new FakeEnv();
  host = new EngineHost(env);
  return { env, host };
}

const summaryOf = (env: FakeEnv, nodeId: string) =>
  env.ofType("batchCompleted").map((m) => m.nodes.find((n) => n.nodeId === nodeId));

describe("EngineHost", () => {
  it("loads a pipeline and steps exactly one batch at a time, with summaries per node", async () => {
    const { env, host } = setup();
    await host.handle({ type: "load", pipeline: wordCountDoc(["a b a", "b c"], 2), requestId: 7 });
    expect(env.ofType("loaded")).toEqual([{ type: "loaded", requestId: 7, issues: [] }]);
    expect(host.getState()).toBe("loaded");
    await host.handle({ type: "step" });
    await host.handle({ type: "step" });
    const completed = env.ofType("batchCompleted");
    expect(completed.map((m) => m.info.batchTimeMs)).toEqual([1000, 2000]);
    expect(host.getState()).toBe("paused");
    const counts = completed[0].nodes.find((n) => n.nodeId === "counts")!;
    expect(counts.count).toBe(3);
    expect(counts.keyCounts).toEqual([
      ["a", 2],
      ["b", 2],
      ["c", 1],
    ]);
    expect(completed[0].nodes.find((n) => n.nodeId === "lines")).toMatchObject({
      count: 2,
      sample: [["a b a"], ["b c"]],
    });
    expect(completed[0].info).toMatchObject({ numRecords: 2, inputByNode: { lines: 2 } });
    expect(env.ofType("log")[0]).toMatchObject({ nodeId: "out", batchTimeMs: 1000 });
    expect(env.ofType("log")[0].lines.slice(1, 2)).toEqual(["Time: 1000 ms"]);
  });

  it("never starts a pipeline with errors and says why", async () => {
    const { env, host } = setup();
    const nodes = [node("s", "textLines"), node("m", "map")];
    await host.handle({ type: "load", pipeline: doc(nodes, chain(nodes)), requestId: 1 });
    expect(env.ofType("loaded")[0].issues).toEqual([
      { severity: "error", message: "No output operations registered, so nothing to execute" },
    ]);
    await host.handle({ type: "start" });
    expect(env.ofType("error")).toEqual([
      { type: "error", message: "No pipeline is loaded: load one before starting it" },
    ]);
    expect(env.ofType("batchCompleted")).toEqual([]);
    await host.handle({ type: "load", pipeline: { version: 9 } as never, requestId: 2 });
    expect(env.ofType("loaded")[1].issues[0].message).toMatch(
      new RegExp(`^version: expected version ${PIPELINE_VERSION}, found 9`),
    );
  });

  it("runs batches on the simulated clock at the chosen speed", async () => {
    const { env, host } = setup();
    await host.handle({ type: "load", pipeline: wordCountDoc() });
    await host.handle({ type: "start" });
    await env.advance(999);
    expect(env.ofType("batchCompleted")).toHaveLength(0);
    await env.advance(1100);
    expect(env.ofType("batchCompleted")).toHaveLength(2);
    await host.handle({ type: "setSpeed", speed: 4 });
    await env.advance(1000);
    expect(env.ofType("batchCompleted").length).toBeGreaterThanOrEqual(5);
    await host.handle({ type: "pause" });
    const paused = env.ofType("batchCompleted").length;
    await env.advance(5000);
    expect(env.ofType("batchCompleted")).toHaveLength(paused);
    expect(env.ofType("state").map((s) => s.state)).toEqual(["loaded", "running", "paused"]);
  });

  it("pauses on an exception in user code, naming the node and the record", async () => {
    const { env, host } = setup();
    const nodes = [
      node("q", "queueStream", { batches: [["fine"], ["bad"]] }),
      node("m", "map", { fn: '(s) => { if (s === "bad") throw new TypeError("no " + s); return s; }' }),
      node("out", "print"),
    ];
    await host.handle({ type: "load", pipeline: doc(nodes, chain(nodes)) });
    await host.handle({ type: "start" });
    await env.advance(2500);
    expect(env.ofType("nodeError")).toEqual([
      { type: "nodeError", nodeId: "m", message: "TypeError: no bad", record: '"bad"', batchTimeMs: 2000 },
    ]);
    expect(host.getState()).toBe("paused");
    // The failed batch still completes, with its reason and no node summaries.
    const completed = env.ofType("batchCompleted");
    expect(completed.map((m) => [m.info.batchTimeMs, m.nodes.length])).toEqual([
      [1000, 3],
      [2000, 0],
    ]);
  });

  it("injects faults: a slow batch, a failing node", async () => {
    const { env, host } = setup();
    await host.handle({ type: "load", pipeline: wordCountDoc() });
    await host.handle({ type: "step" });
    await host.handle({ type: "injectFault", fault: { kind: "slowBatch", extraMs: 5000 } });
    // The slow batch (about 5 s) keeps later ones queued until the simulated clock passes its end.
    for (let i = 0; i < 8; i++) await host.handle({ type: "step" });
    const infos = env.ofType("batchCompleted").map((m) => m.info);
    expect(infos[1].processingDelayMs! - infos[0].processingDelayMs!).toBeCloseTo(5000, 0);
    // The slow batch pushes the next one back: scheduling delay, as on a busy cluster.
    expect(infos[2].schedulingDelayMs).toBeGreaterThan(3000);
    await host.handle({ type: "injectFault", fault: { kind: "failNode", nodeId: "pairs" } });
    await host.handle({ type: "step" });
    expect(env.ofType("nodeError")).toEqual([
      expect.objectContaining({ nodeId: "pairs", message: "Injected fault: the node's task failed" }),
    ]);
  });

  it("keeps samples bounded whatever the batch size", async () => {
    const { env, host } = setup();
    const big = Array.from({ length: 5000 }, (_, i) => `w${i % 7}`);
    const nodes = [node("q", "queueStream", { batches: [big] }), node("out", "print")];
    await host.handle({ type: "load", pipeline: doc(nodes, chain(nodes)) });
    await host.handle({ type: "setSampleSize", records: 5 });
    await host.handle({ type: "step" });
    const q = summaryOf(env, "q")[0]!;
    expect(q.count).toBe(5000);
    expect(q.partitionCounts).toEqual([2500, 2500]);
    expect(q.sample.flat().length).toBe(5);
    expect(q.truncated).toBe(true);
  });

  it("changes a source's input rate while running", async () => {
    const { env, host } = setup();
    await host.handle({ type: "load", pipeline: wordCountDoc(["x"], 2) });
    await host.handle({ type: "step" });
    await host.handle({ type: "setInputRate", nodeId: "lines", recordsPerSecond: 10 });
    await host.handle({ type: "step" });
    expect(summaryOf(env, "lines").map((s) => s!.count)).toEqual([2, 10]);
  });

  it("coalesces messages at max speed: one bundle per flush, summaries only for its latest batch", async () => {
    const { env, host } = setup();
    await host.handle({ type: "load", pipeline: wordCountDoc() });
    await host.handle({ type: "setSpeed", speed: "max" });
    await host.handle({ type: "start" });
    const before = env.wire.length;
    await env.advance(49);
    const bundles = env.wire.slice(before).filter((m) => m.type === "bundle");
    await host.handle({ type: "pause" });
    const completed = env.ofType("batchCompleted");
    expect(completed.length).toBeGreaterThan(3);
    expect(bundles.length).toBeLessThanOrEqual(1);
    const withNodes = completed.filter((m) => m.nodes.length > 0);
    expect(withNodes.length).toBeLessThan(completed.length);
  });

  it("answers ping, lineage, and reports the state on stop", async () => {
    const { env, host } = setup();
    await host.handle({ type: "ping", requestId: 3 });
    expect(env.ofType("pong")).toEqual([{ type: "pong", requestId: 3 }]);
    await host.handle({ type: "load", pipeline: wordCountDoc() });
    await host.handle({ type: "step" });
    await host.handle({ type: "getLineage", nodeId: "counts", requestId: 4 });
    expect(env.ofType("lineage")[0].text).toMatch(/ShuffledRDD/);
    await host.handle({ type: "stop" });
    expect(host.getState()).toBe("stopped");
  });

  it("sends heartbeats while idle", async () => {
    const { env } = setup();
    await env.advance(1600);
    expect(env.ofType("heartbeat").map((h) => h.atMs)).toEqual([500, 1000, 1500]);
  });
});

describe("EngineHost running-node notices", () => {
  it("names each node entering user code, within a budget per second", async () => {
    const env = new FakeEnv();
    host = new EngineHost(env);
    await host.handle({ type: "load", pipeline: wordCountDoc() });
    // Loading names every node as its functions are compiled (a hang there is that node's).
    expect(env.ofType("heartbeat").map((h) => h.runningNodeId)).toEqual([
      "lines",
      "words",
      "pairs",
      "counts",
      "out",
    ]);
    await host.handle({ type: "step" });
    const named = env.ofType("heartbeat").map((h) => h.runningNodeId);
    expect(named.slice(5)).toEqual(["words", "pairs", "counts"]);
    for (let i = 0; i < 40; i++) await host.handle({ type: "step" });
    // 5 + 41 batches x 3 nodes in no time: capped at the budget.
    expect(env.ofType("heartbeat").length).toBe(60);
  });

  it("writes the running node to shared memory instead, when attached", async () => {
    const env = new FakeEnv();
    host = new EngineHost(env);
    const buffer = new SharedArrayBuffer(8);
    await host.handle({ type: "attachMonitor", buffer });
    const view = new Int32Array(buffer);
    const g = globalThis as { __monitor?: Int32Array; __seen?: number[] };
    g.__monitor = view;
    g.__seen = [];
    // The user function itself reads the monitor while it runs: it holds the node's index + 1.
    const nodes = [
      node("q", "queueStream", { batches: [["a"]] }),
      node("m", "map", { fn: "(x) => { globalThis.__seen.push(globalThis.__monitor[0]); return x; }" }),
      node("f", "foreachRDD"),
    ];
    await host.handle({ type: "load", pipeline: doc(nodes, chain(nodes)) });
    await host.handle({ type: "step" });
    // (The summaries re-run the narrow map for counts and samples: every call saw the same index.)
    expect(new Set(g.__seen)).toEqual(new Set([2]));
    expect(view[0]).toBe(0); // cleared after the batch
    // No running-node notices; only progress from inside the batch, bounded: time stood still, so one.
    expect(env.ofType("heartbeat").map((h) => h.tasksDone !== undefined)).toEqual([true]);
    delete g.__monitor;
    delete g.__seen;
  });
});

describe("EngineHost progress inside a batch", () => {
  it("posts a heartbeat at task boundaries while a long batch computes, with the longest task so far", async () => {
    const env = new FakeEnv();
    host = new EngineHost(env);
    const g = globalThis as { __env?: FakeEnv };
    g.__env = env;
    // 4 partitions of 5 records; each record costs 300 ms of (fake) wall time: 1.5 s per task, 6 s in all.
    const records = Array.from({ length: 20 }, (_, i) => `r${i}`);
    const nodes = [
      node("q", "queueStream", { batches: [records] }),
      node("slow", "map", { fn: "(x) => { globalThis.__env.time += 300; return x; }" }),
      node("f", "foreachRDD"),
    ];
    const pipeline = doc(nodes, chain(nodes), { settings: { defaultParallelism: 4 } });
    await host.handle({ type: "load", pipeline });
    env.wire.length = 0;
    await host.handle({ type: "step" });
    const beats = env.ofType("heartbeat").filter((h) => h.tasksDone !== undefined && h.tasksDone > 0);
    // Heard every 1.5 s during the batch, never silent for longer than one task.
    const times = beats.map((h) => h.atMs);
    expect(times.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...times.slice(1).map((t, i) => t - times[i]))).toBeLessThanOrEqual(1500);
    expect(beats.map((h) => h.tasksDone)).toEqual([...beats.map((h) => h.tasksDone)].sort((a, b) => a! - b!));
    expect(beats.at(-1)?.longestTaskMs).toBe(1500);
    expect(beats.at(-1)?.runningNodeId).toBe("slow");
    delete g.__env;
  });

  it("bounds progress heartbeats to one per PROGRESS_MS however many tasks end", async () => {
    const env = new FakeEnv();
    host = new EngineHost(env);
    const g = globalThis as { __env?: FakeEnv };
    g.__env = env;
    // 200 one-record partitions of 10 ms each: 2 s of tasks, at most 20 progress posts.
    const records = Array.from({ length: 200 }, (_, i) => i);
    const nodes = [
      node("q", "queueStream", { batches: [records] }),
      node("m", "map", { fn: "(x) => { globalThis.__env.time += 10; return x; }" }),
      node("f", "foreachRDD"),
    ];
    await host.handle({
      type: "load",
      pipeline: doc(nodes, chain(nodes), { settings: { defaultParallelism: 200 } }),
    });
    env.wire.length = 0;
    await host.handle({ type: "step" });
    const progress = env.ofType("heartbeat").filter((h) => (h.tasksDone ?? 0) > 0);
    expect(progress.length).toBeGreaterThanOrEqual(15);
    expect(progress.length).toBeLessThanOrEqual(21);
    delete g.__env;
  });
});
