import { describe, expect, it } from "vitest";
import { createStudioStore } from "./index";

describe("studio store: edits and history", () => {
  it("undoes and redoes node additions and connections", () => {
    const store = createStudioStore();
    const a = store.getState().addNodeOfKind("textLines", { x: 0, y: 0 })!;
    const b = store.getState().addNodeOfKind("flatMap", { x: 200, y: 0 })!;
    store.getState().connect(a, b);
    expect(store.getState().doc.edges).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc.edges).toHaveLength(0);
    store.getState().undo();
    expect(store.getState().doc.nodes.map((n) => n.id)).toEqual([a]);
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().doc.edges[0]).toMatchObject({ source: a, target: b });
  });

  it("coalesces a burst of edits to one param into one undo step", () => {
    const store = createStudioStore();
    const id = store.getState().addNodeOfKind("flatMap", { x: 0, y: 0 })!;
    const before = store.getState().doc.nodes[0].params.fn;
    for (const text of ["(l", "(line", "(line) => line.split(' ')"])
      store.getState().setParam(id, "fn", text);
    expect(store.getState().doc.nodes[0].params.fn).toBe("(line) => line.split(' ')");
    store.getState().undo();
    expect(store.getState().doc.nodes[0].params.fn).toBe(before);
  });

  it("does not coalesce edits to different params", () => {
    const store = createStudioStore();
    store.getState().setSettings({ executors: 3 });
    store.getState().setSettings({ backpressure: true });
    store.getState().undo();
    expect(store.getState().doc.settings).toMatchObject({ executors: 3, backpressure: false });
  });

  it("duplicates the selection with its inner edges and fresh ids", () => {
    const store = createStudioStore();
    const a = store.getState().addNodeOfKind("textLines", { x: 0, y: 0 })!;
    const b = store.getState().addNodeOfKind("flatMap", { x: 200, y: 0 })!;
    store.getState().connect(a, b);
    store.getState().setSelection([a, b], []);
    store.getState().duplicateSelection();
    const { doc, selectedNodeIds } = store.getState();
    expect(doc.nodes).toHaveLength(4);
    expect(doc.edges).toHaveLength(2);
    expect(selectedNodeIds).not.toContain(a);
    expect(doc.edges[1]).toMatchObject({ source: selectedNodeIds[0], target: selectedNodeIds[1] });
  });

  it("removing a node removes its edges, as one undo step", () => {
    const store = createStudioStore();
    const a = store.getState().addNodeOfKind("textLines", { x: 0, y: 0 })!;
    const b = store.getState().addNodeOfKind("flatMap", { x: 200, y: 0 })!;
    store.getState().connect(a, b);
    store.getState().removeElements([a], []);
    expect(store.getState().doc.edges).toHaveLength(0);
    store.getState().undo();
    expect(store.getState().doc.edges).toHaveLength(1);
  });
});

describe("studio store: dragging", () => {
  it("makes one undo step of a whole drag, and a new one for the next drag", () => {
    const store = createStudioStore();
    const id = store.getState().addNodeOfKind("flatMap", { x: 0, y: 0 })!;
    for (let x = 1; x <= 5; x++) store.getState().moveNodes(new Map([[id, { x: x * 10, y: 0 }]]), "drag");
    store.getState().breakCoalescing(); // React Flow's next drag start
    store.getState().moveNodes(new Map([[id, { x: 99, y: 9 }]]), "drag");
    store.getState().undo();
    expect(store.getState().doc.nodes[0].position).toEqual({ x: 50, y: 0 });
    store.getState().undo();
    expect(store.getState().doc.nodes[0].position).toEqual({ x: 0, y: 0 });
  });
});
