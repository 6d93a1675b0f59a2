// Bad values from user functions and the engine's own failures are reported at the node that caused
// them, with what the function returned (issue: "rdd.take is not a function" named no node).
import { describe, expect, it } from "vitest";
import { compilePipeline } from "./compile";
import { NodeError } from "./guard";
import { chain, doc, node } from "./testPipelines";
import type { PipelineNode } from "./types";

async function failure(
  middle: PipelineNode[],
  source = node("q", "queueStream", { batches: [["a b"], ["c"]] }),
) {
  const nodes = [source, ...middle, node("out", "print")];
  const compiled = compilePipeline(doc(nodes, chain(nodes)));
  compiled.ssc.start();
  try {
    await compiled.ssc.advance(2);
  } catch (e) {
    return e as NodeError;
  } finally {
    compiled.ssc.stop();
  }
  throw new Error("the pipeline ran without failing");
}

describe("a function's bad result is named at its node", () => {
  it.each([
    [
      "transform",
      "(rdd) => ({ a: 1 })",
      /transform's fn returned a plain object \{"a":1\}; it must return an RDD/,
    ],
    ["transform", "async (rdd) => rdd", /returned a Promise \(an async function\?\); it must return an RDD/],
    [
      "transform",
      "function* (rdd) { yield rdd; }",
      /returned a generator \(a function\*\?\); it must return an RDD/,
    ],
    ["transform", "(rdd) => null", /Transform function must not return null/],
    ["flatMap", "(x) => null", /flatMap's fn returned null; it must return an array/],
    ["flatMap", "(x) => 5", /flatMap's fn returned the number 5; it must return an array/],
    ["flatMapValues", "(v) => undefined", /flatMapValues's fn returned undefined/],
    ["mapPartitions", "(it) => 1", /mapPartitions's fn returned the number 1/],
    ["map", "async (x) => x", /map's fn returned a Promise \(an async function\?\)/],
  ])("%s %s", async (kind, fn, message) => {
    const pairs = kind === "flatMapValues" ? [node("p", "map", { fn: "(x) => [x, x]" })] : [];
    const e = await failure([...pairs, node("bad", kind, { fn })]);
    expect(e).toBeInstanceOf(NodeError);
    expect(e.nodeId).toBe("bad");
    expect(e.message).toMatch(message);
  });

  it("transform without its static table says the table is undefined", async () => {
    const e = await failure([
      node("t", "transform", { fn: "(rdd, t, table) => rdd.map((x) => [x, 1]).join(table)" }),
    ]);
    expect(e.nodeId).toBe("t");
    expect(e.message).toMatch(/join needs another RDD, got undefined.*Static table is empty/);
  });

  it("a record too deep to print fails at the print node, not with a bare RangeError", async () => {
    const deep = "(x) => { let v = x; for (let i = 0; i < 50000; i++) v = [v]; return v; }";
    const e = await failure([node("m", "map", { fn: deep })]);
    expect(e).toBeInstanceOf(NodeError);
    expect(e.nodeId).toBe("out");
    expect(e.message).toMatch(/recursed too deeply/);
  });

  it("a source whose batch is too large at run time (rate raised while running) is named", async () => {
    const source = node("r", "sensorReadings", { rate: 10 });
    const nodes = [source, node("out", "print")];
    const compiled = compilePipeline(doc(nodes, chain(nodes)));
    compiled.receivers.get("r")!.setRate(5_000_000);
    compiled.ssc.start();
    const e = (await compiled.ssc.advance(1).then(
      () => undefined,
      (err: unknown) => err,
    )) as NodeError;
    compiled.ssc.stop();
    expect(e).toBeInstanceOf(NodeError);
    expect(e.nodeId).toBe("r");
    expect(e.message).toMatch(
      /^this batch is too large: 5,000,000 records, more than the limit of 2,000,000/,
    );
  });
});

describe("found by the fuzz test", () => {
  it("Spark's start-time check of a checkpointed window names the node (was a bare requirement failure)", async () => {
    const nodes = [
      node("q", "queueStream", { batches: [["a"]] }),
      node("w", "window", { windowMs: 6000, slideMs: null }),
      node("cp", "checkpoint"),
      node("out", "saveAsTextFiles"),
    ];
    const compiled = compilePipeline(doc(nodes, chain(nodes), { settings: { checkpointDir: "/tmp/cp" } }));
    let e: unknown;
    try {
      compiled.ssc.start();
    } catch (err) {
      e = err;
    } finally {
      compiled.ssc.stop();
    }
    expect(e).toBeInstanceOf(NodeError);
    expect((e as NodeError).nodeId).toBe("w");
    expect((e as NodeError).message).toMatch(
      /^requirement failed: WindowedDStream has been marked for checkpointing/,
    );
  });
});

describe("per-batch work", () => {
  it("a chain of flatMaps multiplying a batch past the limit stops at the node that crosses it", async () => {
    const e = await failure(
      [
        node("f1", "flatMap", { fn: "(x) => new Array(1000).fill(x)" }),
        node("f2", "flatMap", { fn: "(x) => new Array(1000).fill(x)" }),
        node("n", "count"),
      ],
      node("q", "queueStream", { batches: [["a", "b", "c"]] }),
    );
    expect(e.nodeId).toBe("f2");
    expect(e.message).toMatch(
      /^this batch is too large: flatMap's fn returned more than 2,000,000 records in this batch/,
    );
  });
});
