import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PipelineDocument } from "../../../engine/graph/types";
import { EXPORT_TABS, generateExport } from "./generate";

const example = (file: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, "../../../public/examples", file), "utf8"),
  ) as PipelineDocument;

describe("export dialog's code", () => {
  const structured = example("structured/windowed-word-count.json");

  it("offers a Structured Streaming pipeline in every tab: Scala, PySpark and TypeScript programs of its query", () => {
    const results = EXPORT_TABS.map((t) => [t.id, generateExport(t.id, structured)] as const);
    for (const [, r] of results) expect(r.ok).toBe(true);
    const code = Object.fromEntries(results.map(([id, r]) => [id, r.ok ? r : undefined]));
    expect(code.scala?.filename).toBe("WindowedWordCountWithWatermark.scala");
    expect(code.scala?.code).toMatch(/^object WindowedWordCountWithWatermark \{$/m);
    expect(code.scala?.code).toContain('.withWatermark("timestamp", "10 minutes")');
    expect(code.scala?.code).toContain(".trigger(Trigger.AvailableNow()).start()");
    expect(code.pyspark?.filename).toBe("windowed_word_count_with_watermark.py");
    expect(code.pyspark?.code).toContain("from pyspark.sql import SparkSession");
    expect(code.pyspark?.code).toContain('F.window("timestamp", "10 minutes", "5 minutes")');
    expect(code.ts?.code).toContain("new StructuredSession(parsed.doc");
    expect(code.json?.code).toContain('"mode": "structured"');
    for (const [, r] of results) if (r.ok) expect(r.stubs).toEqual([]);
  });

  it("still writes a DStream pipeline with the DStream exporters", () => {
    const r = generateExport("scala", example("socket-word-count.json"));
    expect(r.ok && r.code).toContain("StreamingContext");
    expect(r.ok && r.code).not.toContain("SparkSession.builder");
  });
});
