import { describe, expect, it } from "vitest";
import type { BatchInfoMessage, FromWorker, NodeBatchSummary } from "../../../../engine/protocol/messages";
import { appendBounded } from "./appendBounded";
import { foldWorkerMessages } from "./foldWorkerMessages";
import { recordToText } from "./recordToText";
import { initialRunData, RUN_LIMITS, withRecordsHistory } from "./runData";

const info = (batchTimeMs: number, numRecords = 10): BatchInfoMessage => ({
  batchTimeMs,
  numRecords,
  submissionTimeMs: batchTimeMs,
  processingStartTimeMs: batchTimeMs + 5,
  processingEndTimeMs: batchTimeMs + 50,
  schedulingDelayMs: 5,
  processingDelayMs: 45,
  totalDelayMs: 50,
});

const summary = (nodeId: string, batchTimeMs: number, count: number): NodeBatchSummary => ({
  nodeId,
  batchTimeMs,
  count,
  partitionCounts: [count],
  sample: [[]],
  truncated: false,
  computed: true,
});

const completed = (t: number, nodes: NodeBatchSummary[] = []): FromWorker => ({
  type: "batchCompleted",
  info: info(t),
  nodes,
});

describe("appendBounded", () => {
  it("keeps only the newest entries", () => {
    expect(appendBounded([1, 2, 3], [4, 5], 3)).toEqual([3, 4, 5]);
    expect(appendBounded([1], [], 3)).toEqual([1]);
  });
});

describe("foldWorkerMessages", () => {
  it("moves a batch from queued to processing to completed", () => {
    let d = initialRunData();
    d = foldWorkerMessages(d, [{ type: "batchSubmitted", info: info(1000) }]);
    expect(d.pending.map((p) => p.status)).toEqual(["queued"]);
    d = foldWorkerMessages(d, [{ type: "batchStarted", info: info(1000) }]);
    expect(d.pending.map((p) => p.status)).toEqual(["processing"]);
    d = foldWorkerMessages(d, [completed(1000)]);
    expect(d.pending).toEqual([]);
    expect(d.batches.map((b) => b.batchTimeMs)).toEqual([1000]);
  });

  it("bounds the batch history however long the run", () => {
    const msgs = Array.from({ length: RUN_LIMITS.batches + 50 }, (_, i) => completed((i + 1) * 1000));
    const d = foldWorkerMessages(initialRunData(), msgs);
    expect(d.batches).toHaveLength(RUN_LIMITS.batches);
    expect(d.batches[0].batchTimeMs).toBe(51_000);
  });

  it("keeps the last N summaries per node and trims when N shrinks", () => {
    const msgs = [1, 2, 3, 4].map((i) =>
      completed(i * 1000, [summary("a", i * 1000, i), summary("b", i * 1000, 0)]),
    );
    let d = foldWorkerMessages(initialRunData(3), msgs);
    expect(d.nodeHistory.a.map((s) => s.count)).toEqual([2, 3, 4]);
    d = withRecordsHistory(d, 1);
    expect(d.nodeHistory.a.map((s) => s.count)).toEqual([4]);
    expect(d.nodeHistory.b).toHaveLength(1);
  });

  it("numbers one token wave per completed batch and remembers whether it ran or was stepped", () => {
    let d = foldWorkerMessages(initialRunData(), [{ type: "state", state: "paused" }, completed(1000)]);
    expect(d.wave).toEqual({ seq: 1, batchTimeMs: 1000, whileRunning: false });
    d = foldWorkerMessages(d, [{ type: "state", state: "running" }, completed(2000), completed(3000)]);
    expect(d.wave).toEqual({ seq: 3, batchTimeMs: 3000, whileRunning: true });
  });

  it("routes print lines, foreachRDD rows and saveAsTextFiles parts", () => {
    const d = foldWorkerMessages(initialRunData(), [
      { type: "log", nodeId: "p", batchTimeMs: 1000, lines: ["-----", "Time: 1000 ms", "(a,1)"] },
      {
        type: "output",
        nodeId: "f",
        batchTimeMs: 1000,
        kind: "foreachRDD",
        records: [1, 2],
        truncated: false,
      },
      {
        type: "output",
        nodeId: "s",
        batchTimeMs: 1000,
        kind: "saveAsTextFiles",
        records: [["a", 1], "x"],
        path: "out-1000.txt",
        truncated: false,
      },
    ]);
    expect(d.console.map((l) => l.text)).toEqual(["-----", "Time: 1000 ms", "(a,1)"]);
    expect(d.outputs).toHaveLength(1);
    expect(d.files).toEqual([
      // Without part sizes (an older worker) the batch is one part file.
      {
        path: "out-1000.txt",
        nodeId: "s",
        batchTimeMs: 1000,
        lines: ["(a,1)", "x"],
        truncated: false,
        parts: [2],
      },
    ]);
  });

  it("marks the failing node and logs worker restarts with the node that was running", () => {
    const d = foldWorkerMessages(initialRunData(), [
      {
        type: "nodeError",
        nodeId: "m",
        message: "TypeError: x is undefined",
        record: '"line"',
        batchTimeMs: 2000,
      },
      {
        type: "workerRestarted",
        nodeId: "loop",
        message: "the worker was restarted: node loop was running an endless loop",
        whileLoading: false,
      },
    ]);
    expect(d.nodeErrors.m.message).toBe("TypeError: x is undefined");
    expect(d.nodeErrors.loop.message).toMatch(/endless loop/);
    expect(d.events.map((e) => e.kind)).toEqual(["nodeError", "workerRestarted"]);
    expect(d.events[0].message).toContain('record: "line"');
  });

  it("stores lineage per node and state with its batch time", () => {
    const d = foldWorkerMessages(initialRunData(), [
      { type: "lineage", requestId: 1, nodeId: "r", text: "(2) ShuffledRDD[3]" },
      { type: "state", state: "running", batchTimeMs: 4000 },
    ]);
    expect(d.lineage.r).toBe("(2) ShuffledRDD[3]");
    expect(d.workerState).toBe("running");
    expect(d.batchTimeMs).toBe(4000);
  });
});

describe("recordToText", () => {
  it("writes pairs as Spark tuples", () => {
    expect(recordToText(["k", ["a", 2]])).toBe("(k,(a,2))");
    expect(recordToText(3)).toBe("3");
    expect(recordToText({ a: 1 })).toBe('{"a":1}');
  });
});

describe("the batch page's details and the receivers' state", () => {
  it("keeps each batch's latest detail, the newest few, and 'missing' when the worker no longer has it", () => {
    let d = initialRunData();
    const detail = (t: number): FromWorker => ({
      type: "batchDetail",
      requestId: t,
      batchTimeMs: t,
      detail: { batchTime: t, outputOps: [] },
    });
    d = foldWorkerMessages(d, [detail(1000), { type: "batchDetail", requestId: 9, batchTimeMs: 2000 }]);
    expect(d.batchDetails[1000]).toEqual({ batchTime: 1000, outputOps: [] });
    expect(d.batchDetails[2000]).toBe("missing");
    const many = Array.from({ length: RUN_LIMITS.batchDetails + 5 }, (_, i) => detail((i + 3) * 1000));
    d = foldWorkerMessages(d, many);
    const times = Object.keys(d.batchDetails).map(Number);
    expect(times).toHaveLength(RUN_LIMITS.batchDetails);
    expect(Math.min(...times)).toBe(8000);
  });

  it("takes the receivers' state from the latest batch that carries it", () => {
    const receivers = [{ nodeId: "lines", streamId: 0, active: false, executorId: "0" }];
    let d = foldWorkerMessages(initialRunData(), [{ ...completed(1000), receivers } as FromWorker]);
    expect(d.receivers).toEqual(receivers);
    d = foldWorkerMessages(d, [completed(2000)]);
    expect(d.receivers).toEqual(receivers);
  });
});
