import { describe, expect, it } from "vitest";
import {
  annotateLambda,
  keepsRecordType,
  pairLiteralValueType,
  scalaPairValueType,
  splitLambda,
  stateDefaultType,
} from "./scalaTypes";

describe("scalaTypes", () => {
  it("splits and annotates translated function literals", () => {
    expect(splitLambda("(a, b) => a + b")).toEqual({ params: ["a", "b"], body: "a + b" });
    expect(splitLambda("theFnStub")).toBeUndefined();
    expect(annotateLambda("(a, b) => a + b", ["Int", "Int"])).toBe("(a: Int, b: Int) => a + b");
    expect(annotateLambda("(a, b) => a + b", [undefined, undefined])).toBe("(a, b) => a + b");
  });

  it("knows value types only from literals", () => {
    expect(
      scalaPairValueType([
        ["a", 1],
        ["b", 2],
      ]),
    ).toBe("Int");
    expect(
      scalaPairValueType([
        ["a", 1.5],
        ["b", 2],
      ]),
    ).toBe("Double");
    expect(scalaPairValueType([["a", "x"]])).toBe("String");
    expect(
      scalaPairValueType([
        ["a", 1],
        ["b", "x"],
      ]),
    ).toBeUndefined();
    expect(scalaPairValueType(["a b"])).toBeUndefined();
    expect(pairLiteralValueType("(word) => (word, 1)")).toBe("Int");
    expect(pairLiteralValueType("(r) => (r.id, 0.5)")).toBe("Double");
    expect(pairLiteralValueType("(r) => (r.id, r.value)")).toBeUndefined();
    expect(pairLiteralValueType("(w) => (w, w.size)")).toBe("Int");
    expect(pairLiteralValueType("(w) => (w, w.length)")).toBe("Int");
    expect(stateDefaultType("values.foldLeft(state.getOrElse(0))((a, b) => a + b)", "state")).toBe("Int");
    expect(stateDefaultType('s.getOrElse("")', "s")).toBe("String");
    expect(stateDefaultType("state.getOrElse(values.head)", "state")).toBeUndefined();
  });

  it("knows which transform functions keep their records' type", () => {
    expect(keepsRecordType("(rdd) => rdd.sortByKey()")).toBe(true);
    expect(keepsRecordType("(r) => r.distinct().repartition(3)")).toBe(true);
    expect(keepsRecordType("(rdd) => rdd.sortByKey(false, 2)")).toBe(true);
    expect(keepsRecordType("(rdd) => rdd.mapValues((v) => v + 1)")).toBe(false);
    expect(keepsRecordType("(rdd) => other.sortByKey()")).toBe(false);
    expect(keepsRecordType("(rdd, timeMs, table) => rdd.join(table)")).toBe(false);
  });
});
