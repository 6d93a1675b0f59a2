import { describe, expect, it } from "vitest";
import type { BatchInfoMessage, FromWorker, NodeBatchSummary } from "../protocol/messages";
import { unbundle, type WireFromWorker } from "../protocol/wire";
import { MessageBundler } from "./MessageBundler";

const info = (t: number): BatchInfoMessage => ({ batchTimeMs: t, numRecords: 1, submissionTimeMs: t });
const summary = (t: number): NodeBatchSummary => ({
  nodeId: "n",
  batchTimeMs: t,
  count: 1,
  partitionCounts: [1],
  sample: [["x"]],
  truncated: false,
  computed: true,
});

function collect(limits?: ConstructorParameters<typeof MessageBundler>[1]) {
  const wire: WireFromWorker[] = [];
  return { wire, bundler: new MessageBundler((m) => wire.push(m), limits) };
}

describe("MessageBundler", () => {
  it("sends one message as is and several as one bundle, in order", () => {
    const { wire, bundler } = collect();
    bundler.push({ type: "ready" });
    bundler.flush();
    bundler.push({ type: "pong", requestId: 1 });
    bundler.push({ type: "pong", requestId: 2 });
    bundler.flush();
    bundler.flush();
    expect(wire).toEqual([
      { type: "ready" },
      {
        type: "bundle",
        messages: [
          { type: "pong", requestId: 1 },
          { type: "pong", requestId: 2 },
        ],
      },
    ]);
  });

  it("keeps every batch's metrics but node summaries only for the latest batch", () => {
    const { wire, bundler } = collect();
    for (let t = 1000; t <= 3000; t += 1000) {
      bundler.push({ type: "batchSubmitted", info: info(t) });
      bundler.push({ type: "batchCompleted", info: info(t), nodes: [summary(t)] });
    }
    bundler.flush();
    const messages = wire.flatMap(unbundle);
    const completed = messages.filter(
      (m): m is Extract<FromWorker, { type: "batchCompleted" }> => m.type === "batchCompleted",
    );
    expect(completed.map((m) => [m.info.batchTimeMs, m.nodes.length])).toEqual([
      [1000, 0],
      [2000, 0],
      [3000, 1],
    ]);
    // Progress messages of batches that completed in the same bundle are dropped, but the latest's.
    expect(
      messages
        .filter((m) => m.type === "batchSubmitted")
        .map((m) => (m as { info: BatchInfoMessage }).info.batchTimeMs),
    ).toEqual([3000]);
  });

  it("caps batches, log lines and outputs per bundle, saying what was skipped", () => {
    const { wire, bundler } = collect({ maxBatches: 2, maxLogLines: 3, maxOutputs: 1 });
    for (let t = 1; t <= 5; t++) {
      bundler.push({ type: "batchCompleted", info: info(t), nodes: [] });
      bundler.push({ type: "log", nodeId: "p", lines: [`a${t}`, `b${t}`] });
      bundler.push({
        type: "output",
        nodeId: "f",
        batchTimeMs: t,
        kind: "foreachRDD",
        records: [t],
        truncated: false,
      });
    }
    bundler.flush();
    const messages = wire.flatMap(unbundle);
    expect(messages.filter((m) => m.type === "batchCompleted")).toHaveLength(2);
    const lines = messages.flatMap((m) => (m.type === "log" ? m.lines : []));
    expect(lines).toEqual(["… 8 lines skipped to keep up", "a5", "b5"]);
    expect(messages.filter((m) => m.type === "output")).toEqual([
      expect.objectContaining({ batchTimeMs: 5 }),
    ]);
  });
});
