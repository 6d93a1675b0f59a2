import { describe, expect, it } from "vitest";
import {
  catalog,
  catalogByCategory,
  catalogByModeAndCategory,
  getAnyKind,
  getKind,
  kindsForMode,
  resolveParams,
} from "../../catalog";
import { checkUserFunction } from "../../userFunction";
import { validateParams } from "../../validateParams";
import { structuredKindSpecs } from "./specs";

describe("the Structured Streaming kinds", () => {
  it("are all of mode structured, and the DStream catalog and palette do not hold them", () => {
    for (const spec of structuredKindSpecs) {
      expect(spec.mode).toBe("structured");
      expect(spec.kind.startsWith("structured.")).toBe(true);
      expect(getKind(spec.kind)).toBeUndefined();
      expect(getAnyKind(spec.kind)).toBe(spec);
    }
    expect(Object.values(catalog).every((s) => (s.mode ?? "dstream") === "dstream")).toBe(true);
    expect(Object.values(catalogByCategory).flat().length).toBe(Object.values(catalog).length);
  });

  it("gives each mode its own palette", () => {
    const structured = Object.values(catalogByModeAndCategory("structured")).flat();
    expect(structured.map((s) => s.kind).sort()).toEqual(structuredKindSpecs.map((s) => s.kind).sort());
    expect(catalogByModeAndCategory("structured").output.map((s) => s.kind)).toEqual([
      "structured.writeStream",
    ]);
    const dstream = Object.values(catalogByModeAndCategory("dstream")).flat();
    expect(dstream.length).toBe(kindsForMode("dstream").length);
    expect(dstream.some((s) => s.mode === "structured")).toBe(false);
  });

  it("has defaults that pass their own field checks", () => {
    for (const spec of structuredKindSpecs) {
      const node = { id: "n", kind: spec.kind, params: resolveParams(spec, {}), position: { x: 0, y: 0 } };
      expect(validateParams(node, spec, checkUserFunction), spec.kind).toEqual([]);
    }
  });

  it("checks expressions, intervals and schemas at the field", () => {
    const check = (kind: string, params: Record<string, unknown>) => {
      const spec = getAnyKind(kind)!;
      const node = { id: "n", kind, params: resolveParams(spec, params), position: { x: 0, y: 0 } };
      return validateParams(node, spec, checkUserFunction).map((i) => `${i.param}: ${i.message}`);
    };
    expect(check("structured.where", { condition: "value >" })).toEqual([
      "condition: expected a column, a literal or a function, found end of input at position 7",
    ]);
    expect(check("structured.withWatermark", { delayThreshold: "10 parsecs" })).toEqual([
      "delayThreshold: Error parsing '10 parsecs' to interval: unknown unit 'parsecs'",
    ]);
    expect(check("structured.memoryStream", { schema: "word TEXT" })[0]).toContain("unknown type TEXT");
  });
});
