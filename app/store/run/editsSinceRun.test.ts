import { describe, expect, it } from "vitest";
import type { PipelineDocument } from "../../../engine/graph/types";
import * as ops from "../documentEdits";
import { editsSinceRun } from "./editsSinceRun";

const started: PipelineDocument = {
  version: 1,
  name: "Word count",
  description: "words",
  batchIntervalMs: 1000,
  settings: { defaultParallelism: 2, executors: 2, coresPerExecutor: 2, backpressure: false, seed: 42 },
  nodes: [
    { id: "src", kind: "randomWords", params: { rate: 10, words: ["a", "b"] }, position: { x: 0, y: 0 } },
    { id: "fm", kind: "flatMap", params: { func: "(l) => l.split(' ')" }, position: { x: 200, y: 0 } },
    { id: "out", kind: "print", params: { num: 10 }, position: { x: 400, y: 0 } },
  ],
  edges: [
    { id: "e1", source: "src", target: "fm" },
    { id: "e2", source: "fm", target: "out" },
  ],
};

describe("editsSinceRun", () => {
  it("finds nothing in the same document or a structural copy of it", () => {
    expect(editsSinceRun(started, started)).toEqual([]);
    expect(editsSinceRun(started, structuredClone(started))).toEqual([]);
  });

  it("ignores what only the editor uses: positions, labels, the pipeline's name and description", () => {
    let doc = ops.moveNodes(started, new Map([["fm", { x: 250, y: 90 }]]));
    doc = ops.setLabel(doc, "fm", "words");
    doc = { ...doc, name: "Renamed", description: "other" };
    expect(editsSinceRun(started, doc)).toEqual([]);
  });

  it("names a changed function param and a changed setting", () => {
    let doc = ops.setParam(started, "fm", "func", "(l) => l.split(',')");
    doc = ops.setSettings(doc, { seed: 7 });
    expect(editsSinceRun(started, doc)).toEqual(["settings: seed", "flatMap fm: func"]);
  });

  it("names a node by its label when it has one", () => {
    const labelled = ops.setLabel(started, "fm", "words");
    expect(editsSinceRun(labelled, ops.setParam(labelled, "fm", "func", "(l) => [l]"))).toEqual([
      "flatMap words: func",
    ]);
  });

  it("compares object params by value, so an equal copy of a table is no change but an edit is", () => {
    expect(editsSinceRun(started, ops.setParam(started, "src", "words", ["a", "b"]))).toEqual([]);
    expect(editsSinceRun(started, ops.setParam(started, "src", "words", ["a", "c"]))).toEqual([
      "randomWords src: words",
    ]);
  });

  it("reports added and removed nodes and edges, and a node whose kind changed", () => {
    const removed = ops.removeElements(started, ["out"]);
    expect(editsSinceRun(started, removed)).toEqual(["print out removed", "edge fm→out removed"]);
    const added = ops.addEdge(
      {
        ...started,
        nodes: [...started.nodes, { id: "c", kind: "count", params: {}, position: { x: 0, y: 0 } }],
      },
      { source: "fm", target: "c" },
    );
    expect(editsSinceRun(started, added)).toEqual(["count c added", "edge fm→c added"]);
    const rekinded = {
      ...started,
      nodes: started.nodes.map((n) => (n.id === "fm" ? { ...n, kind: "map" } : n)),
    };
    expect(editsSinceRun(started, rekinded)).toEqual(["fm is now map"]);
  });

  it("treats a reordered edge list or new edge ids as the same graph", () => {
    const doc = { ...started, edges: [...started.edges].reverse().map((e) => ({ ...e, id: `${e.id}x` })) };
    expect(editsSinceRun(started, doc)).toEqual([]);
  });

  it("counts the intervals, with an absent block interval meaning Spark's 200 ms default", () => {
    expect(editsSinceRun(started, { ...started, blockIntervalMs: 200 })).toEqual([]);
    expect(editsSinceRun(started, { ...started, blockIntervalMs: 100, batchIntervalMs: 2000 })).toEqual([
      "batch interval",
      "block interval",
    ]);
  });

  it("counts checkpointing switched on, a setting that was absent", () => {
    expect(editsSinceRun(started, ops.setSettings(started, { checkpointDir: "checkpoint" }))).toEqual([
      "settings: checkpointDir",
    ]);
    expect(editsSinceRun(started, ops.setSettings(started, { checkpointDir: undefined }))).toEqual([]);
  });
});
