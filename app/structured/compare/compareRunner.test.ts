import { describe, expect, it } from "vitest";
import { emptyPipeline } from "../../../engine/graph/schema";
import type { ToWorker } from "../../../engine/protocol/messages";
import type { StructuredTrigger } from "../../../engine/protocol/structured";
import type { ClientMessage, EngineClient } from "../../workerClient/engineClient";
import { createCompareRunner } from "./compareRunner";
import type { Comparison } from "./comparison";

/** A worker stand-in: answers a load, and each step with a batch (DStream) or a trigger (structured). */
function fakeClient(structured: boolean, failLoad = false): EngineClient & { sent: ToWorker[] } {
  const listeners = new Set<(m: ClientMessage) => void>();
  const sent: ToWorker[] = [];
  let batches = 0;
  const emit = (m: unknown) =>
    queueMicrotask(() => {
      for (const l of listeners) l(m as ClientMessage);
    });
  return {
    sent,
    send(m) {
      sent.push(m);
      if (m.type === "load")
        emit({
          type: "loaded",
          requestId: m.requestId,
          issues: failLoad ? [{ severity: "error", message: "no output operation" }] : [],
        });
      if (m.type !== "step") return;
      batches++;
      if (!structured) {
        emit({
          type: "batchCompleted",
          info: { batchTimeMs: batches * 1000, numRecords: 3, submissionTimeMs: batches * 1000 },
          nodes: [],
        });
        return;
      }
      const trigger: Partial<StructuredTrigger> = {
        type: "structuredTrigger",
        nodeId: "w",
        watermarkMs: 0,
        nextWatermarkMs: 0,
        noDataBatch: false,
        progress: {
          batchId: batches - 1,
          timestamp: new Date(batches * 1000).toISOString(),
          numInputRows: 2,
          inputRowsPerSecond: 2,
          processedRowsPerSecond: 20,
          durationMs: { triggerExecution: 5 },
          stateOperators: [],
        } as unknown as StructuredTrigger["progress"],
        result: {
          outputMode: "update",
          columns: [{ name: "n", type: "BIGINT" } as never],
          rows: [[batches]],
          numRows: 1,
          truncated: false,
        },
        input: [
          {
            sourceNodeId: "s",
            arrivalMs: batches * 1000,
            batchId: batches - 1,
            eventTimeMs: 10,
            status: "dropped",
            values: [],
          },
        ],
        inputTruncated: false,
        windows: [],
      };
      emit(trigger);
    },
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    dispose() {
      listeners.clear();
    },
  };
}

const comparison: Comparison = {
  title: "t",
  explanation: "e",
  focus: "lateRows",
  sides: [
    { label: "d", doc: emptyPipeline("d") },
    { label: "s", doc: emptyPipeline("s", 1000, "structured") },
  ],
};

describe("the side-by-side runner", () => {
  it("loads both, then steps both together: one batch and one trigger a step", async () => {
    const clients = [fakeClient(false), fakeClient(true)];
    let next = 0;
    const runner = createCompareRunner(comparison, () => clients[next++]);
    await runner.load();
    expect(clients[0].sent.map((m) => m.type)).toEqual(["setSampleSize", "load"]);
    await runner.step();
    await runner.step();
    expect(runner.sides.map((s) => s.steps)).toEqual([2, 2]);
    expect(runner.sides[0].dstream.batches).toHaveLength(2);
    expect(runner.sides[1].structured.triggers.map((t) => t.batchId)).toEqual([0, 1]);
    expect(runner.sides[1].structured.droppedRows).toBe(2);
    runner.dispose();
  });

  it("rejects a load with the failing side's name and the engine's message", async () => {
    const clients = [fakeClient(false, true), fakeClient(true)];
    let next = 0;
    const runner = createCompareRunner(comparison, () => clients[next++]);
    await expect(runner.load()).rejects.toThrow("d: no output operation");
    expect(runner.sides[0].error).toBe("no output operation");
    runner.dispose();
  });
});
