import { describe, expect, it } from "vitest";
import { annotateParams, batchesRecordType, recordType } from "./tsTypes";

describe("recordType", () => {
  it("types JSON records as the engine sees them: pairs are tuples", () => {
    expect(recordType(["a", "b"])).toBe("string");
    expect(
      recordType([
        ["a", 1],
        ["b", 2],
      ]),
    ).toBe("[string, number]");
    expect(recordType([["a", [1, "x"]]])).toBe("[string, [number, string]]");
    expect(recordType([1, "a", null])).toBe("number | string | null");
    expect(recordType([{ id: "s1", value: 2 }])).toBe('{ "id": string; "value": number }');
    expect(recordType([])).toBe("unknown");
  });

  it("types arrays of differing or long lengths as arrays", () => {
    expect(recordType([["a"], ["b", "c"]])).toBe("string[]");
    expect(recordType([[1, 2, 3, 4, 5]])).toBe("number[]");
    expect(
      recordType([
        ["a", 1],
        ["b", 2, 3],
      ]),
    ).toBe("(string | number)[]");
  });

  it("reads queued batches and the default batch", () => {
    expect(batchesRecordType([[["a", 1]], []], [["d", 2]])).toBe("[string, number]");
    expect(batchesRecordType([[], []])).toBe("unknown");
  });
});

describe("annotateParams", () => {
  it("types plain parameters where a type is given", () => {
    expect(annotateParams("(values, state) => values.length", [undefined, "number | undefined"])).toBe(
      "(values, state: number | undefined) => values.length",
    );
    expect(annotateParams("v => [v, 1]", ["number"])).toBe("(v: number) => [v, 1]");
    expect(annotateParams("async (x) => {\n  return x;\n}", ["string"])).toBe(
      "async (x: string) => {\n  return x;\n}",
    );
  });

  it("keeps functions it cannot annotate safely as they are", () => {
    for (const fn of ["(a: number, b) => a", "([k, v]) => v", "function (a) { return a; }", "() => 1"])
      expect(annotateParams(fn, ["number", "number"])).toBe(fn);
  });
});
