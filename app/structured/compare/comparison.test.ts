import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emptyPipeline } from "../../../engine/graph/schema";
import { parseComparison, triggerComparison } from "./comparison";

const galleryPair = JSON.parse(
  readFileSync(
    new URL("../../../public/examples/structured/side-by-side-late-data.json", import.meta.url),
    "utf8",
  ),
);

describe("comparisons", () => {
  it("reads the gallery's pair: a DStream pipeline and a structured query over the same seed", () => {
    const parsed = parseComparison(galleryPair);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [left, right] = parsed.comparison.sides;
    expect(left.doc.mode).toBe("dstream");
    expect(right.doc.mode).toBe("structured");
    const seedOf = (d: typeof left.doc) =>
      d.nodes.find((n) => n.kind.endsWith("sensorReadings"))?.params.seed;
    expect(seedOf(left.doc)).toBe(seedOf(right.doc));
    expect(parsed.comparison.explanation.split(". ").length).toBe(1);
  });

  it("says where a comparison file is wrong", () => {
    expect(parseComparison({})).toEqual({ ok: false, error: 'expected an object with a "comparison" field' });
    const bad = {
      comparison: { ...galleryPair.comparison, right: { label: "x", pipeline: { version: 3 } } },
    };
    const parsed = parseComparison(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^comparison\.right\.pipeline: /);
  });

  it("builds the micro-batch / continuous pair from a query's writeStream", () => {
    const doc = {
      ...emptyPipeline("q", 1000, "structured"),
      nodes: [
        {
          id: "w",
          kind: "structured.writeStream",
          params: { trigger: "processingTime" },
          position: { x: 0, y: 0 },
        },
      ],
    };
    const pair = triggerComparison(doc, { title: "t", explanation: "e" });
    expect(pair?.sides.map((s) => s.doc.nodes[0].params.trigger)).toEqual(["processingTime", "continuous"]);
    expect(pair?.focus).toBe("latency");
    expect(triggerComparison(emptyPipeline("none"), { title: "t", explanation: "e" })).toBeUndefined();
  });
});
