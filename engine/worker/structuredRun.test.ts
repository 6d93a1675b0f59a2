import { describe, expect, it } from "vitest";
import type { AnyFromWorker, WireFromWorker } from "../protocol/wire";
import { unbundleAll } from "../protocol/wire";
import { chain } from "../structured/testDocs";
import { EngineHost } from "./EngineHost";

const at = (hhmm: string) => `2026-12-02 ${hhmm}:00`;

function host() {
  const sent: AnyFromWorker[] = [];
  const h = new EngineHost({
    post: (m: WireFromWorker) => sent.push(...unbundleAll(m)),
    now: () => 0,
    setTimeout: () => 0,
    clearTimeout: () => {},
  });
  return { h, sent };
}

describe("a structured pipeline in the worker", () => {
  it("loads, says what the query is, and steps one trigger at a time with Spark's progress", async () => {
    const { h, sent } = host();
    const doc = chain([
      ["memoryStream", { batches: [[[at("12:07"), "dog"]], [[at("12:14"), "owl"]]] }],
      ["withWatermark", {}],
      ["groupBy", {}],
      ["writeStream", { outputMode: "append" }],
    ]);
    await h.handle({ type: "load", pipeline: doc });
    expect(sent.find((m) => m.type === "loaded")).toMatchObject({ issues: [] });
    expect(sent.find((m) => m.type === "structuredQueryStarted")).toMatchObject({
      outputMode: "append",
      watermark: { column: "timestamp", delayMs: 600_000 },
      window: { lengthMs: 600_000, slideMs: 300_000 },
    });
    await h.handle({ type: "step" });
    await h.handle({ type: "step" });
    const triggers = sent.filter((m) => m.type === "structuredTrigger");
    expect(triggers.map((t) => t.type === "structuredTrigger" && t.progress.batchId)).toEqual([0, 1]);
    expect(triggers[1].type === "structuredTrigger" && triggers[1].input[0]).toMatchObject({
      status: "onTime",
      values: [Date.UTC(2026, 11, 2, 12, 14), "owl"],
    });
    expect(triggers[1].type === "structuredTrigger" && triggers[1].windows.map((w) => w.state)).toContain(
      "open",
    );
  });

  it("reports Spark's message for a query Spark refuses, at the writeStream node", async () => {
    const { h, sent } = host();
    const doc = chain([
      ["memoryStream", {}],
      ["groupBy", { windowColumn: "" }],
      ["writeStream", { outputMode: "append" }],
    ]);
    await h.handle({ type: "load", pipeline: doc });
    expect(sent.find((m) => m.type === "loaded")).toMatchObject({
      issues: [{ nodeId: "n2", message: expect.stringContaining("Append output mode not supported") }],
    });
  });
});
