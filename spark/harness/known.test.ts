import { describe, expect, it } from "vitest";
import type { Mismatch } from "./compare";
import { type KnownDifferences, triage } from "./known";

const m = (pipeline: string, batch: number): Mismatch => ({
  target: "pyspark",
  pipeline,
  node: "out",
  batch,
  what: "records",
  engine: [],
  spark: [],
});

const known: KnownDifferences = {
  classes: { "integral-float": { fault: "translator", reason: "3.0 vs 3" } },
  entries: [
    { target: "pyspark", pipeline: "a", node: "out", batches: [1000, 2000], class: "integral-float" },
  ],
};

describe("triage", () => {
  it("accepts listed mismatches only for their pipeline, node and batches", () => {
    const t = triage(
      [m("a", 1000), m("a", 3000), m("b", 1000)],
      known,
      new Set(["pyspark\u0000a", "pyspark\u0000b"]),
    );
    expect(t.known.map((k) => k.mismatch.batch)).toEqual([1000]);
    expect(t.unexpected.map((u) => [u.pipeline, u.batch])).toEqual([
      ["a", 3000],
      ["b", 1000],
    ]);
  });

  it("reports listed batches that no longer differ as stale, only for pipelines that ran", () => {
    expect(triage([m("a", 1000)], known, new Set(["pyspark\u0000a"])).stale).toEqual([
      { entry: known.entries[0], batches: [2000] },
    ]);
    expect(triage([], known, new Set()).stale).toEqual([]);
  });
});
