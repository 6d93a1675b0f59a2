import { describe, expect, it } from "vitest";
import { type CompareOptions, compareRuns, printedRecordLines } from "./compare";
import type { EngineRun } from "./engineRun";
import type { SparkRun } from "./sparkProcess";

const options: CompareOptions = { target: "pyspark", pipeline: "p", batches: 2, batchMs: 1000 };

function engine(
  batches: Record<number, string[]>,
  printed?: Record<number, string[]>,
  groupPaths: number[][] = [],
): EngineRun {
  return {
    outputs: [
      {
        nodeId: "out",
        kind: "print",
        batches: new Map(
          Object.entries(batches).map(([t, records]) => [
            Number(t),
            { records, text: records, printed: printed?.[Number(t)] ?? records, groupPaths },
          ]),
        ),
      },
    ],
  };
}

function spark(batches: Record<number, string[]>, error: string | null = null): SparkRun {
  const lines = (records: string[]) => ["---", "Time: 1970-01-01 00:00:01", "---", ...records, "", ""];
  return {
    name: "p",
    error,
    seconds: 1,
    completedBatches: [1000, 2000],
    outputs: [
      {
        kind: "print",
        batches: Object.fromEntries(
          Object.entries(batches).map(([t, r]) => [t, { records: r, lines: lines(r) }]),
        ),
      },
    ],
  };
}

describe("compareRuns", () => {
  it("counts batches and records when both sides agree as multisets", () => {
    const r = compareRuns(
      engine({ 1000: ["1", "2"], 2000: [] }),
      spark({ 1000: ["2", "1"], 2000: [] }),
      options,
    );
    expect(r.mismatches).toEqual([]);
    expect(r.records).toBe(2);
  });

  it("reads PySpark's list of a group as a bag only where the engine's records hold a group", () => {
    const grouped = engine({ 1000: ['[2,["ab","dd"]]'], 2000: [] }, undefined, [[1]]);
    const plain = engine({ 1000: ['[2,["ab","dd"]]'], 2000: [] });
    const theirs = spark({ 1000: ['[2,["dd","ab"]]'], 2000: [] });
    expect(compareRuns(grouped, theirs, options).mismatches).toEqual([]);
    expect(compareRuns(plain, theirs, options).mismatches).toHaveLength(1);
  });

  it("reports the pipeline, node, batch and both sides of a difference", () => {
    const r = compareRuns(
      engine({ 1000: ["1"], 2000: ["3"] }),
      spark({ 1000: ["1"], 2000: ["3.0"] }),
      options,
    );
    expect(r.mismatches).toEqual([
      {
        target: "pyspark",
        pipeline: "p",
        node: "out",
        batch: 2000,
        what: "records",
        engine: ["3"],
        spark: ["3.0"],
      },
    ]);
  });

  it("compares in order where Spark orders the records", () => {
    const e = engine({ 1000: ["1", "2"], 2000: [] });
    const s = spark({ 1000: ["2", "1"], 2000: [] });
    expect(compareRuns(e, s, { ...options, ordered: new Set(["out"]) }).mismatches[0].what).toBe("order");
  });

  it("a Spark error is one mismatch for the whole run", () => {
    const r = compareRuns(engine({ 1000: [] }), spark({}, "TypeError: boom"), options);
    expect(r.mismatches.map((m) => [m.node, m.what])).toEqual([["*", "error"]]);
  });

  it("print(): a different number of lines is a difference", () => {
    const e = engine({ 1000: ["1", "2"], 2000: [] }, { 1000: ["1", "..."] });
    expect(compareRuns(e, spark({ 1000: ["1", "2"], 2000: [] }), options).mismatches[0].what).toBe("printed");
  });

  it("takes the record lines of a print block", () => {
    expect(printedRecordLines(["---", "Time: 1000 ms", "---", "(a,1)", "...", "", ""])).toEqual([
      "(a,1)",
      "...",
    ]);
  });
});
