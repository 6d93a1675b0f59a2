import { describe, expect, it } from "vitest";
import { compactBuffer } from "../../engine/core/scalaBuffers";
import { canon } from "./canon";

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
