// The page's fold against the real structured engine (engine/structured): the gallery's windowed word
// count with a watermark, trigger by trigger, as the worker would send it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePipeline } from "../../../engine/graph/schema";
import type { PipelineDocument } from "../../../engine/graph/types";
import { StructuredSession } from "../../../engine/structured/session";
import { groupingColumnCount, triggerReport } from "./messages";
import { foldTriggerReports, initialStructuredRun } from "./structuredRun";

function guideDoc(outputMode: string): PipelineDocument {
  const text = readFileSync(
    new URL("../../../public/examples/structured/windowed-word-count.json", import.meta.url),
    "utf8",
  );
  const parsed = parsePipeline(JSON.parse(text));
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const doc = parsed.doc;
  return {
    ...doc,
    nodes: doc.nodes.map((n) =>
      n.kind === "structured.writeStream" ? { ...n, params: { ...n.params, outputMode } } : n,
    ),
  };
}

/** Five triggers: the guide's four batches of rows, with one empty trigger before the donkey's. */
function run(outputMode: string, triggers = 5) {
  const doc = guideDoc(outputMode);
  const messages = new StructuredSession(doc).runBatches(triggers);
  const reports = messages.map((m) => triggerReport(m, groupingColumnCount(doc)));
  return foldTriggerReports(initialStructuredRun(), reports);
}

describe("the guide's windowed word count on the engine, as the page folds it", () => {
  it("marks the late donkey dropped, once a trigger without data has moved the watermark past its windows", () => {
    const data = run("update");
    const dropped = data.dots.filter((d) => d.status === "dropped");
    expect(dropped.map((d) => d.label)).toEqual([expect.stringContaining("donkey")]);
    expect(dropped[0].eventTimeMs).toBeLessThan(data.triggers.at(-1)?.watermarkMs ?? 0);
    expect(data.droppedRows).toBe(1);
    // Spark counts at the state operator, after the row was expanded into its two sliding windows.
    expect(data.triggers.at(-1)?.rowsDroppedByWatermark).toBe(2);
  });

  it("update mode: the rows a trigger changed, with what they were", () => {
    const data = run("update");
    const second = data.tables[1];
    expect(second.outputMode).toBe("update");
    const dog = second.rows.find((r) => r.values.word === "dog" && r.change === "updated");
    expect(dog?.previous).toEqual({ count: 1 });
    expect(data.tables.flatMap((t) => t.rows.map((r) => r.values.word))).not.toContain("donkey");
  });

  it("append mode: nothing until the watermark passes a window's end, then each window once", () => {
    const data = run("append", 5);
    expect(data.tables[0].rows).toEqual([]);
    const keys = data.tables.flatMap((t) => t.rows.map((r) => r.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(data.tables.flatMap((t) => t.rows.map((r) => r.change))).not.toContain("updated");
  });

  it("complete mode: the whole table every trigger", () => {
    const data = run("complete");
    const sizes = data.tables.map((t) => t.rows.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(data.tables.at(-1)?.rows.some((r) => r.change === "unchanged")).toBe(true);
  });
});
