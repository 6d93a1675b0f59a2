import { describe, expect, it } from "vitest";
import { getKind, summarize } from "../../engine/graph/catalog";
import type { NodeKindSpec } from "../../engine/graph/types";
import { summaryTooltip } from "./summaryTooltip";

const kind = (name: string): NodeKindSpec => {
  const spec = getKind(name);
  if (!spec) throw new Error(`no kind ${name}`);
  return spec;
};
const tooltipOf = (name: string, params: Record<string, unknown>) => {
  const spec = kind(name);
  return summaryTooltip(spec, params, summarize(spec, params, 1000));
};

describe("summaryTooltip", () => {
  it("is the summary alone when the card already shows the whole function", () => {
    expect(tooltipOf("map", { fn: "(word) => [word, 1]" })).toBe("(word) => [word, 1]");
  });

  it("adds the full source of a function the card cuts at 40 characters", () => {
    const fn = "(line) => line.toLowerCase().split(/\\W+/).filter((w) => w.length > 3)";
    const tip = tooltipOf("flatMap", { fn });
    expect(tip.split("\n")[0]).toMatch(/…$/);
    expect(tip).toContain(`Function:\n${fn}`);
  });

  it("keeps a multi-line function's line breaks (the card shows it on one line)", () => {
    const fn = "(record) => {\n  const x = record * 2;\n  return x;\n}";
    expect(tooltipOf("map", { fn })).toContain(fn);
  });

  it("lists every set function of a window operator under its label, skipping empty ones", () => {
    const tip = tooltipOf("reduceByKeyAndWindow", {
      fn: "(a, b) => a + b",
      invFn: "(a, b) => a - b",
      windowMs: 6000,
      slideMs: 2000,
    });
    expect(tip.split("\n\n")[0]).toBe("reduce (inv) 6s / 2s");
    expect(tip).toContain("Reduce:\n(a, b) => a + b");
    expect(tip).toContain("Inverse reduce:\n(a, b) => a - b");
    expect(tip).not.toContain("Filter:");
  });

  it("uses the catalog's default function when the node has none set", () => {
    const tip = tooltipOf("reduceByKeyAndWindow", { windowMs: 6000, slideMs: 2000 });
    expect(tip).toContain("Reduce:\n(a, b) => a + b");
  });
});
