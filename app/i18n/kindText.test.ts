// Every node kind and every param of it has Korean text; a kind added to the engine without one fails here.
import { describe, expect, it } from "vitest";
import { kindSpecs as dstreamKindSpecs } from "../../engine/graph/kinds/specs";
import { structuredKindSpecs } from "../../engine/graph/kinds/structured/specs";
import type { NodeKindSpec } from "../../engine/graph/types";
import { kindTextIn } from "./kindText";
import { koKinds as koDStreamKinds } from "./ko/kinds";
import { koStructuredKinds } from "./ko/structuredKinds";

// DStream and Structured Streaming kinds alike.
const kindSpecs: readonly NodeKindSpec<string>[] = [...dstreamKindSpecs, ...structuredKindSpecs];
const koKinds = { ...koDStreamKinds, ...koStructuredKinds };

describe("Korean node kind texts (DStream and Structured Streaming)", () => {
  it("cover every kind and param of the catalog", () => {
    const missing = kindSpecs.flatMap((spec) => {
      const entry = koKinds[spec.kind];
      if (!entry?.doc) return [spec.kind];
      return spec.params.flatMap((p) => {
        const tr = entry.params?.[p.name];
        const gaps = !tr?.label || !tr?.doc ? [`${spec.kind}.${p.name}`] : [];
        if (p.param.type === "enum")
          for (const o of p.param.options)
            if (!tr?.options?.[o.value]) gaps.push(`${spec.kind}.${p.name}=${o.value}`);
        return gaps;
      });
    });
    expect(missing).toEqual([]);
  });

  it("name no kind or param the catalog does not have", () => {
    const kinds = new Map(kindSpecs.map((s) => [s.kind as string, s]));
    const stray = Object.entries(koKinds).flatMap(([kind, entry]) => {
      const spec = kinds.get(kind);
      if (!spec) return [kind];
      return Object.keys(entry.params ?? {})
        .filter((p) => !spec.params.some((sp) => sp.name === p))
        .map((p) => `${kind}.${p}`);
    });
    expect(stray).toEqual([]);
  });

  it("keep Spark's API names as labels and fall back to English elsewhere", () => {
    const ko = kindTextIn("ko");
    const reduceByKey = kindSpecs.find((s) => s.kind === "reduceByKey")!;
    expect(ko.label(reduceByKey)).toBe("reduceByKey");
    expect(ko.doc(reduceByKey)).toContain("PairDStreamFunctions.reduceByKey");
    expect(ko.doc(reduceByKey)).not.toBe(reduceByKey.doc);
    expect(kindTextIn("en").doc(reduceByKey)).toBe(reduceByKey.doc);
    const watermark = kindSpecs.find((s) => s.kind === "structured.withWatermark")!;
    expect(ko.label(watermark)).toBe("withWatermark");
    expect(ko.doc(watermark)).toContain("워터마크");
  });
});
