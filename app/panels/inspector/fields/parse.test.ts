import { describe, expect, it } from "vitest";
import { parseJson, parseNumber, parseSeconds } from "./parse";

describe("inspector field parsing", () => {
  it("checks numbers against the param's bounds and integrality", () => {
    expect(parseNumber("12", { min: 1, max: 64, integer: true }, false)).toEqual({ ok: true, value: 12 });
    expect(parseNumber("1.5", { integer: true }, false)).toMatchObject({
      ok: false,
      error: "Must be a whole number.",
    });
    expect(parseNumber("0", { min: 1 }, false)).toMatchObject({ ok: false, error: "Must be at least 1." });
    expect(parseNumber("abc", {}, false)).toMatchObject({ ok: false });
    expect(parseNumber("", {}, true)).toEqual({ ok: true, value: null });
    expect(parseNumber(" ", {}, false)).toMatchObject({ ok: false });
  });

  it("turns seconds into milliseconds, refusing zero and negatives", () => {
    expect(parseSeconds("1.5", false)).toEqual({ ok: true, value: 1500 });
    expect(parseSeconds("0", false)).toMatchObject({ ok: false });
    expect(parseSeconds("", true)).toEqual({ ok: true, value: null });
  });

  it("parses JSON and reports the parser's message", () => {
    expect(parseJson('[["a"], []]', false)).toEqual({ ok: true, value: [["a"], []] });
    const bad = parseJson("[1,", false);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/^Not valid JSON/);
  });
});
