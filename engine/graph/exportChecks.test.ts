// Found by the fuzz test: a function param that is an object ({toString: "x"}) crashed all three
// exporters with "Cannot convert object to primitive value"; now each refuses it at the node and field.
import { describe, expect, it } from "vitest";
import { toPySpark } from "../codegen/pyspark";
import { toScala } from "../codegen/scala";
import { toTypeScript } from "../codegen/typescript";
import { chain, doc, node } from "./testPipelines";

describe("exporters and params of the wrong type", () => {
  const nodes = [
    node("q", "queueStream", { batches: [["a"]] }),
    node("f", "flatMap", { fn: { toString: "x" } }),
    node("out", "print"),
  ];
  const bad = doc(nodes, chain(nodes));
  it.each([
    ["ts", toTypeScript],
    ["pyspark", toPySpark],
    ["scala", toScala],
  ] as const)("%s refuses it with the validator's message at the node", (_name, emit) => {
    expect(() => emit(bad)).toThrow('node "f": fn: Function must be a function\'s source text');
  });

  it("a missing function is still exported (as a stub), not refused", () => {
    const stubbed = [
      node("q", "queueStream", { batches: [["a"]] }),
      node("m", "map", { fn: "" }),
      node("out", "print"),
    ];
    expect(() => toPySpark(doc(stubbed, chain(stubbed)))).not.toThrow();
  });
});
