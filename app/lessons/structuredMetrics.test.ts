import { describe, expect, it } from "vitest";
import { initialStructuredRun, type StructuredRunData } from "../structured/data/structuredRun";
import { holds, type LessonWorld } from "./conditions";
import { structuredMetric } from "./structuredMetrics";

function run(): StructuredRunData {
  const r = initialStructuredRun();
  return {
    ...r,
    triggers: [{ numInputRows: 4 }, { numInputRows: 6 }] as StructuredRunData["triggers"],
    dots: [
      { id: 0, eventTimeMs: 1, processingTimeMs: 1, status: "onTime" },
      { id: 1, eventTimeMs: 0, processingTimeMs: 2, status: "late" },
      { id: 2, eventTimeMs: 0, processingTimeMs: 3, status: "dropped" },
    ],
    droppedRows: 1,
    latencies: [1, 2, 500, 900].map((latencyMs) => ({ processingTimeMs: 0, latencyMs })),
  };
}

describe("structuredMetric", () => {
  it("reads triggers, rows, late and dropped rows and latency from the run", () => {
    const r = run();
    expect(structuredMetric(r, "triggers")).toBe(2);
    expect(structuredMetric(r, "inputRows")).toBe(10);
    expect(structuredMetric(r, "lateRows")).toBe(1);
    expect(structuredMetric(r, "droppedRows")).toBe(1);
    expect(structuredMetric(r, "medianLatencyMs")).toBe(500);
    expect(structuredMetric(initialStructuredRun(), "medianLatencyMs")).toBeUndefined();
  });

  it("backs the structured and tableWrites conditions", () => {
    const world = {
      doc: { nodes: [], edges: [] },
      batches: [],
      structured: run(),
      tableWrites: 6,
    } as unknown as LessonWorld;
    expect(holds({ check: "structured", metric: "droppedRows", max: 0 }, world)).toBe(false);
    expect(holds({ check: "structured", metric: "lateRows", min: 1 }, world)).toBe(true);
    expect(holds({ check: "structured", metric: "medianLatencyMs", max: 9.99 }, world)).toBe(false);
    expect(holds({ check: "tableWrites", min: 6 }, world)).toBe(true);
    expect(holds({ check: "tableWrites", min: 7 }, { ...world, tableWrites: undefined })).toBe(false);
  });
});
