import { describe, expect, it } from "vitest";
import { compactBuffer } from "../../engine/core/scalaBuffers";
import { canon, commonGroupPaths, groupPaths, sortedAt } from "./canon";

describe("canon (mirrors spark/python/collect.py)", () => {
  it("prints tuples, strings and numbers as the Python half does", () => {
    expect(canon(["a", 1])).toBe('["a",1]');
    expect(canon([["k", undefined], 2.5])).toBe('[["k",null],2.5]');
    expect(canon(3)).toBe("3");
    expect(canon(-0)).toBe("0");
    expect(canon({ b: 1, a: "x" })).toBe('{"a":"x","b":1}');
  });

  it("compares grouped values as bags: Spark does not order a group", () => {
    expect(canon(["k", compactBuffer([3, 1, 2])])).toBe('["k",[1,2,3]]');
    expect(canon(["k", [3, 1, 2]])).toBe('["k",[3,1,2]]'); // a plain array keeps its order
  });
});

describe("sortedAt: a group PySpark printed as a list, read as a bag where the engine has a group", () => {
  it("finds the group positions the engine's records share", () => {
    const a = ["k", compactBuffer([2, 1])];
    const b = ["j", compactBuffer([3])];
    expect(groupPaths(a)).toEqual([[1]]);
    expect(commonGroupPaths([a, b])).toEqual([[1]]);
    expect(commonGroupPaths([a, ["j", [3]]])).toEqual([]);
    expect(commonGroupPaths([["k", [compactBuffer([1]), compactBuffer([2])]]])).toEqual([
      [1, 0],
      [1, 1],
    ]);
  });

  it("sorts only the lists at those positions", () => {
    expect(sortedAt('[2,["dd","ab"]]', [[1]])).toBe('[2,["ab","dd"]]');
    expect(sortedAt('[2,["dd","ab"]]', [])).toBe('[2,["dd","ab"]]');
    expect(sortedAt('["k",[["b","a"],[3,1]]]', [[1, 1]])).toBe('["k",[["b","a"],[1,3]]]');
    expect(sortedAt('["a,]\\"b",["z","y"]]', [[1]])).toBe('["a,]\\"b",["y","z"]]');
    expect(sortedAt('["k",[]]', [[1]])).toBe('["k",[]]');
    expect(sortedAt("[[2,1],[1]]", [[]])).toBe("[[1],[2,1]]");
  });

  it("reads the same as the engine's canon of the group", () => {
    const engine = canon([2, compactBuffer(["dd", "ab"])]);
    expect(sortedAt('[2,["dd","ab"]]', [[1]])).toBe(engine);
  });
});
