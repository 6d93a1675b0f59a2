// The engine client's watchdog with a fake worker and fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FromWorker } from "../../engine/protocol/messages";
import type { WireFromWorker, WireToWorker } from "../../engine/protocol/wire";
import {
  BASE_TIMEOUT_MS,
  type ClientMessage,
  createEngineClient,
  type EngineClient,
  TASK_TIME_FACTOR,
  type WorkerLike,
} from "./engineClient";

class FakeWorker implements WorkerLike {
  received: WireToWorker[] = [];
  terminated = false;
  onmessage: ((event: { data: WireFromWorker }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  postMessage(message: WireToWorker): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(data: WireFromWorker): void {
    this.onmessage?.({ data });
  }
}

let client: EngineClient | undefined;
let workers: FakeWorker[];
let heard: ClientMessage[];

beforeEach(() => {
  vi.useFakeTimers();
  workers = [];
  heard = [];
});
afterEach(() => {
  client?.dispose();
  vi.useRealTimers();
});

function start(timeoutMs = 3000) {
  client = createEngineClient({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    timeoutMs,
    checkEveryMs: 100,
    now: () => Date.now(),
    useSharedMemory: false,
  });
  client.subscribe((m) => heard.push(m));
  return client;
}

const beat = (w: FakeWorker, extra: Partial<Extract<FromWorker, { type: "heartbeat" }>> = {}) =>
  w.say({ type: "heartbeat", atMs: 0, ...extra });

describe("engine client", () => {
  it("hands bundled messages to subscribers one by one", () => {
    start();
    workers[0].say({ type: "bundle", messages: [{ type: "ready" }, { type: "pong", requestId: 1 }] });
    expect(heard).toEqual([{ type: "ready" }, { type: "pong", requestId: 1 }]);
  });

  it("restarts a silent worker, reloads the pipeline and names the running node", () => {
    const c = start();
    workers[0].say({ type: "ready" });
    const pipeline = {
      version: 1,
      name: "p",
      batchIntervalMs: 1000,
      settings: {},
      nodes: [],
      edges: [],
    } as never;
    c.send({ type: "load", pipeline, requestId: 5 });
    workers[0].say({ type: "loaded", requestId: 5, issues: [] });
    beat(workers[0], { runningNodeId: "spin" });
    vi.advanceTimersByTime(2900);
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(300);
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    // The same pipeline, without the request id (the run waits for the user).
    expect(workers[1].received).toEqual([{ type: "load", pipeline, requestId: undefined }]);
    expect(heard.at(-1)).toMatchObject({ type: "workerRestarted", nodeId: "spin" });
    expect((heard.at(-1) as { message: string }).message).toMatch(
      /^The engine stopped answering for 3\.\d s while running node "spin"/,
    );
  });

  it("keeps a worker that beats, and forgets the node once its batch completed", () => {
    start();
    workers[0].say({ type: "ready" });
    beat(workers[0], { runningNodeId: "m" });
    workers[0].say({
      type: "batchCompleted",
      info: { batchTimeMs: 1000, numRecords: 0, submissionTimeMs: 1000 },
      nodes: [],
    });
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(500);
      beat(workers[0]);
    }
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(3200);
    expect(heard.at(-1)).toMatchObject({ type: "workerRestarted", nodeId: undefined });
  });

  it("allows a long silence after long tasks, and a grace period at start-up", () => {
    start();
    vi.advanceTimersByTime(10_000); // still loading its code
    expect(workers).toHaveLength(1);
    workers[0].say({ type: "ready" });
    beat(workers[0], { longestTaskMs: 2000 });
    vi.advanceTimersByTime(7500); // within 4 x 2 s
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(700);
    expect(workers).toHaveLength(2);
  });

  it("does not reload a pipeline whose loading hung (it would hang again)", () => {
    const c = start();
    workers[0].say({ type: "ready" });
    const pipeline = {
      version: 1,
      name: "p",
      batchIntervalMs: 1000,
      settings: {},
      nodes: [],
      edges: [],
    } as never;
    c.send({ type: "load", pipeline, requestId: 1 });
    beat(workers[0], { runningNodeId: "init" });
    vi.advanceTimersByTime(3200);
    expect(workers).toHaveLength(2);
    expect(workers[1].received).toEqual([]);
    expect((heard.at(-1) as { message: string }).message).toMatch(
      /while loading the pipeline at node "init" \(an endless loop\?\)\. It was restarted; fix the pipeline/,
    );
  });

  it("keeps a worker whose long batch posts progress at task boundaries (7.5 s, tasks of 1.5 s)", () => {
    start(BASE_TIMEOUT_MS);
    workers[0].say({ type: "ready" });
    workers[0].say({
      type: "batchStarted",
      info: { batchTimeMs: 1000, numRecords: 0, submissionTimeMs: 1000 },
    });
    for (let task = 1; task <= 5; task++) {
      vi.advanceTimersByTime(1500);
      beat(workers[0], { runningNodeId: "heavy", tasksDone: task, longestTaskMs: 1500 });
    }
    workers[0].say({
      type: "batchCompleted",
      info: { batchTimeMs: 1000, numRecords: 0, submissionTimeMs: 1000 },
      nodes: [],
    });
    expect(workers).toHaveLength(1);
    expect(heard.some((m) => m.type === "workerRestarted")).toBe(false);
    // A first task of up to the base silence is fine too, before any task length is known.
    client?.dispose();
    start(BASE_TIMEOUT_MS);
    workers[1].say({ type: "ready" });
    vi.advanceTimersByTime(BASE_TIMEOUT_MS - 200);
    beat(workers[1], { tasksDone: 1, longestTaskMs: BASE_TIMEOUT_MS - 200 });
    expect(workers).toHaveLength(2);
  });

  it("restarts an endless loop within max(base, 4 x longest task), naming the node and the silence", () => {
    start(BASE_TIMEOUT_MS);
    workers[0].say({ type: "ready" });
    beat(workers[0], { runningNodeId: "heavy", tasksDone: 3, longestTaskMs: 1500 });
    beat(workers[0], { runningNodeId: "spin", tasksDone: 4, longestTaskMs: 1500 });
    // Allowed: max(5 s, 4 x 1.5 s) = 6 s; the watchdog looks every 100 ms.
    vi.advanceTimersByTime(6000);
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(TASK_TIME_FACTOR * 1500 - 6000 + 200);
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    const restarted = heard.at(-1) as Extract<ClientMessage, { type: "workerRestarted" }>;
    expect(restarted.nodeId).toBe("spin");
    expect(restarted.message).toMatch(/^The engine stopped answering for 6\.1 s while running node "spin"/);
    // The fresh worker starts from the base again: short tasks mean a quick verdict.
    workers[1].say({ type: "ready" });
    beat(workers[1], { runningNodeId: "spin" });
    vi.advanceTimersByTime(BASE_TIMEOUT_MS + 200);
    expect(workers).toHaveLength(3);
  });
});
