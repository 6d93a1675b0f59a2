import { describe, expect, it } from "vitest";
import { fixtureDoc } from "../testing/fixtureCatalog";
import { newFlowNodeCache, toFlowEdges, toFlowNodes } from "./flowElements";

describe("toFlowNodes", () => {
  it("reuses a node object while nothing about it changed, so memoised cards don't re-render", () => {
    const doc = fixtureDoc([
      ["a", "textLines"],
      ["b", "flatMap"],
    ]);
    const cache = newFlowNodeCache();
    const first = toFlowNodes(doc.nodes, new Set(), new Map(), cache);
    const moved = { ...doc.nodes[1], position: { x: 5, y: 5 } };
    const second = toFlowNodes([doc.nodes[0], moved], new Set(), new Map(), cache);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1].position).toEqual({ x: 5, y: 5 });
  });

  it("marks selection and uses a per-category node type, never React Flow's built-in ones", () => {
    const doc = fixtureDoc([
      ["a", "textLines"],
      ["p", "print"],
      ["x", "noSuchKind"],
    ]);
    const nodes = toFlowNodes(doc.nodes, new Set(["p"]), new Map(), newFlowNodeCache());
    expect(nodes.map((n) => n.type)).toEqual(["sourceNode", "outputNode", "unknownNode"]);
    expect(nodes.map((n) => n.selected)).toEqual([false, true, false]);
  });
});

describe("toFlowEdges", () => {
  it("keeps the target handle of two-input nodes", () => {
    const doc = fixtureDoc(
      [
        ["a", "textLines"],
        ["b", "textLines"],
        ["j", "join"],
      ],
      [
        ["a", "j", "left"],
        ["b", "j", "right"],
      ],
    );
    expect(toFlowEdges(doc, new Set()).map((e) => e.targetHandle)).toEqual(["left", "right"]);
  });
});
