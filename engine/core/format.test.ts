import { describe, expect, it } from "vitest";
import { formatRecord } from "./format";
import {
  appendAll,
  arrayBuffer,
  compactBuffer,
  OPTION_FIRST,
  OPTION_SECOND,
  optionSlots,
  optionTuple,
  scalaSeqName,
} from "./scalaBuffers";

describe("formatRecord (Scala's toString)", () => {
  it("prints tuples without spaces and None for undefined", () => {
    expect(formatRecord(["a", [1, undefined]])).toBe("(a,(1,None))");
    expect(formatRecord(null)).toBe("null");
    expect(formatRecord({ x: 1 })).toBe('{"x":1}');
  });

  it("prints Spark's buffers as Scala Seqs: the class name, then elements joined by ', '", () => {
    expect(formatRecord(["a", compactBuffer([1, 2])])).toBe("(a,CompactBuffer(1, 2))");
    expect(formatRecord(["a", arrayBuffer([1, 2])])).toBe("(a,ArrayBuffer(1, 2))");
    expect(formatRecord(["k", [compactBuffer([1]), compactBuffer()]])).toBe(
      "(k,(CompactBuffer(1),CompactBuffer()))",
    );
    // elements print with their own toString: tuples, None, strings bare
    expect(formatRecord(compactBuffer<unknown>([["x", 1], undefined, "y z"]))).toBe(
      "CompactBuffer((x,1), None, y z)",
    );
    expect(formatRecord(arrayBuffer([compactBuffer([1])]))).toBe("ArrayBuffer(CompactBuffer(1))");
  });
});

describe("an outer join's Options (Scala's Some / None)", () => {
  it("prints marked slots as Some(value), missing ones as None, unmarked slots bare", () => {
    expect(formatRecord(["a", optionTuple([1, "x"], OPTION_SECOND)])).toBe("(a,(1,Some(x)))");
    expect(formatRecord(["b", optionTuple([2, undefined], OPTION_SECOND)])).toBe("(b,(2,None))");
    expect(formatRecord(["a", optionTuple([1, "x"], OPTION_FIRST)])).toBe("(a,(Some(1),x))");
    expect(formatRecord(["z", optionTuple([undefined, "y"], OPTION_FIRST)])).toBe("(z,(None,y))");
    expect(formatRecord(optionTuple([1, undefined], OPTION_FIRST | OPTION_SECOND))).toBe("(Some(1),None)");
    // a Some's content prints with its own toString: tuples, buffers, null
    expect(formatRecord(optionTuple([["p", 1], compactBuffer([2])], OPTION_FIRST | OPTION_SECOND))).toBe(
      "(Some((p,1)),Some(CompactBuffer(2)))",
    );
    expect(formatRecord(optionTuple([null, 1], OPTION_FIRST))).toBe("(Some(null),1)");
  });

  it("is an invisible mark: same array, plain prototype, equal to [v, w], gone after a copy", () => {
    const vw = optionTuple([1, undefined], OPTION_SECOND);
    expect(Object.getPrototypeOf(vw)).toBe(Array.prototype);
    expect(vw).toStrictEqual([1, undefined]);
    expect(Reflect.ownKeys(vw)).toEqual(["0", "1", "length"]);
    expect(optionSlots(vw)).toBe(OPTION_SECOND);
    expect(optionSlots([...vw])).toBe(0);
    expect(formatRecord(structuredClone(vw))).toBe("(1,None)");
  });
});

describe("Spark's buffers stay plain JS arrays", () => {
  it("keep Array.prototype, the array API user functions use, and equality with plain arrays", () => {
    const vs = compactBuffer([3]);
    vs.push(4);
    expect(Object.getPrototypeOf(vs)).toBe(Array.prototype);
    expect(vs.length).toBe(2);
    expect(vs.reduce((a, b) => a + b, 0)).toBe(7);
    expect([...vs]).toEqual([3, 4]);
    expect(vs).toEqual([3, 4]);
    expect(vs).toStrictEqual([3, 4]);
    expect(Reflect.ownKeys(vs)).toEqual(["0", "1", "length"]); // the mark is no property
    expect(JSON.stringify(vs)).toBe("[3,4]");
    expect(scalaSeqName(vs)).toBe("CompactBuffer");
  });

  it("become unmarked arrays through structured clone (the worker's postMessage)", () => {
    const cloned = structuredClone(["a", [compactBuffer([1]), arrayBuffer([2])]]) as [string, unknown[][]];
    expect(scalaSeqName(cloned[1][0])).toBeUndefined();
    expect(formatRecord(cloned)).toBe("(a,((1),(2)))");
  });

  it("are marked once, and arrays derived from them are tuples again", () => {
    const vs = arrayBuffer([1, 2]);
    expect(compactBuffer(vs)).toBe(vs); // already an ArrayBuffer: the first mark stays
    expect(scalaSeqName(vs)).toBe("ArrayBuffer");
    expect(scalaSeqName(vs.map((v) => v * 10))).toBeUndefined();
    expect(formatRecord(vs.filter((v) => v > 1))).toBe("(2)");
    expect(scalaSeqName([1, 2])).toBeUndefined();
  });

  it("appendAll appends in place, as Scala's ++=", () => {
    const target = compactBuffer([1]);
    const source = compactBuffer([2, 3]);
    expect(appendAll(target, source)).toBe(target);
    expect(target).toEqual([1, 2, 3]);
    expect(source).toEqual([2, 3]);
    expect(scalaSeqName(target)).toBe("CompactBuffer");
  });
});
