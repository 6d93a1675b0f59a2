import { describe, expect, it } from "vitest";
import { chain, doc, node } from "../../engine/graph/testPipelines";
import { groupEntries } from "./groups";

const entry = (name: string, batches: number, checkpoint = false, batchIntervalMs = 1000) => {
  const nodes = [node("src", "queueStream", { batches: [["a"]] }), node("out", "print")];
  const d = doc(nodes, chain(nodes), { settings: checkpoint ? { checkpointDir: "cp" } : {} });
  return { name, batches, doc: { ...d, batchIntervalMs } };
};

describe("groupEntries", () => {
  it("keeps programs with another batch count, interval or checkpoint setting apart", () => {
    const groups = groupEntries([
      entry("a", 6),
      entry("b", 4),
      entry("c", 6, true),
      entry("d", 6),
      entry("e", 6, false, 500),
    ]);
    expect(groups.map((g) => g.map((e) => e.name))).toEqual([["a", "d"], ["b"], ["c"], ["e"]]);
  });

  it("groups by whether the export checkpoints, where it says so, over the document's setting", () => {
    const groups = groupEntries([
      { ...entry("a", 6), checkpoints: true },
      entry("b", 6, true),
      { ...entry("c", 6, true), checkpoints: false },
      entry("d", 6),
    ]);
    expect(groups.map((g) => g.map((e) => e.name))).toEqual([["a", "b"], ["c", "d"]]);
  });

  it("cuts a long list into groups of the size asked", () => {
    const groups = groupEntries(
      Array.from({ length: 7 }, (_, i) => entry(`p${i}`, 6)),
      3,
    );
    expect(groups.map((g) => g.length)).toEqual([3, 3, 1]);
  });
});
