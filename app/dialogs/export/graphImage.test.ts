import { describe, expect, it } from "vitest";
import { loadExamples } from "../../../engine/codegen/internals/examples.testkit";
import { pipelineToSvg } from "./graphImage";

describe("pipeline graph as SVG", () => {
  const union = loadExamples().find((e) => e.file === "union.json")!.doc;

  it("draws one box per node and one curve per edge, inside the view box", () => {
    const svg = pipelineToSvg(union);
    expect(svg.match(/<g transform=/g)).toHaveLength(union.nodes.length);
    expect(svg.match(/marker-end=/g)).toHaveLength(union.edges.length);
    const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
    for (const m of svg.matchAll(/translate\((-?\d+),(-?\d+)\)/g)) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(0);
      expect(Number(m[1]) + 190).toBeLessThanOrEqual(w);
      expect(Number(m[2]) + 64).toBeLessThanOrEqual(h);
    }
    expect(svg).toContain(">allLines</text>");
    expect(svg).toContain(">StreamingContext.union</text>");
  });

  it("escapes labels", () => {
    const doc = { ...union, name: "a<b", nodes: union.nodes.map((n) => ({ ...n, label: `${n.label}&"x"` })) };
    const svg = pipelineToSvg(doc);
    expect(svg).toContain("<title>a&#60;b</title>");
    expect(svg).not.toContain('&"x"');
  });
});
