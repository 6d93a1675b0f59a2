import { describe, expect, it } from "vitest";
import { compilePipeline, PipelineInvalidError } from "./compile";
import { parsePipeline } from "./schema";
import { chain, doc, node } from "./testPipelines";
import type { PipelineDocument } from "./types";
import { hasErrors, validatePipeline } from "./validate";
import { blockIntervalIssues, blockIntervalOf } from "./validateBlockInterval";

/** A receiver source (50 lines/s) straight into foreachRDD. */
function receiverDoc(batchIntervalMs: number, blockIntervalMs?: number): PipelineDocument {
  const nodes = [node("lines", "textLines", { rate: 50 }), node("out", "foreachRDD")];
  const d = doc(nodes, chain(nodes), { batchIntervalMs });
  return blockIntervalMs === undefined ? d : { ...d, blockIntervalMs };
}

describe("block interval (spark.streaming.blockInterval) in the document", () => {
  it("is Spark's 200 ms when the document leaves it out", () => {
    expect(blockIntervalOf(receiverDoc(1000))).toBe(200);
    expect(blockIntervalIssues(receiverDoc(1000))).toEqual([]);
    expect(validatePipeline(receiverDoc(1000, 100))).toEqual([]);
  });

  it.each([0, -200, 12.5, Number.NaN])("rejects %s: Spark requires a positive value", (ms) => {
    const issues = validatePipeline(receiverDoc(1000, ms));
    expect(hasErrors(issues)).toBe(true);
    expect(issues).toContainEqual({
      severity: "error",
      param: "blockIntervalMs",
      message: `The block interval must be a positive whole number of milliseconds, got ${ms} ('spark.streaming.blockInterval' should be a positive value)`,
    });
    expect(() => compilePipeline(receiverDoc(1000, ms))).toThrow(PipelineInvalidError);
  });

  // Spark's BlockGenerator only requires blockInterval > 0 and StreamingContext never compares it with
  // the batch duration, so a longer block interval runs: a warning, not an error.
  it("warns, and still runs, when the block interval is longer than the batch interval", async () => {
    const d = receiverDoc(200, 500);
    const issues = validatePipeline(d);
    expect(hasErrors(issues)).toBe(false);
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        param: "blockIntervalMs",
        message: expect.stringMatching(
          /^The block interval \(500 ms\) is longer than the batch interval \(200 ms\): Spark allows it/,
        ),
      }),
    ]);
    expect(validatePipeline(receiverDoc(200, 200))).toEqual([]);
  });

  it("warns below the programming guide's recommended minimum of about 50 ms", () => {
    expect(blockIntervalIssues(receiverDoc(1000, 20))).toEqual([
      {
        severity: "warning",
        param: "blockIntervalMs",
        message:
          "The block interval (20 ms) is below Spark's recommended minimum of about 50 ms: 1000 ms / 20 ms = 50 tasks per batch per receiver, and task launching overheads may be a problem.",
      },
    ]);
    expect(blockIntervalIssues(receiverDoc(1000, 50))).toEqual([]);
  });

  it("the schema rejects a bad value with its path and keeps old documents loading", () => {
    const base = { version: 1, batchIntervalMs: 1000, nodes: [] };
    const bad = parsePipeline({ ...base, blockIntervalMs: 0.5 });
    expect(bad.ok ? [] : bad.errors).toEqual([
      "blockIntervalMs: the block interval must be a whole number of milliseconds",
    ]);
    const negative = parsePipeline({ ...base, blockIntervalMs: -1 });
    expect(negative.ok ? [] : negative.errors).toEqual([
      "blockIntervalMs: the block interval must be a positive number of milliseconds",
    ]);
    const old = parsePipeline(base);
    expect(old.ok && old.doc.blockIntervalMs).toBeUndefined();
    expect(old.ok && blockIntervalOf(old.doc)).toBe(200);
    const set = parsePipeline({ ...base, blockIntervalMs: 100 });
    expect(set.ok && set.doc.blockIntervalMs).toBe(100);
  });
});

describe("compiled receivers cut batches into batchInterval / blockInterval partitions", () => {
  async function partitionsPerBatch(d: PipelineDocument, batches: number): Promise<number[]> {
    const compiled = compilePipeline(d);
    const seen: number[] = [];
    compiled.streams.get("lines")!.foreachRDD((rdd) => {
      seen.push(rdd.getNumPartitions());
    });
    compiled.ssc.start();
    await compiled.ssc.advance(batches);
    compiled.ssc.stop();
    return seen;
  }

  it.each([
    [1000, undefined, 5],
    [1000, 100, 10],
    [1000, 250, 4],
    [2000, 200, 10],
    [1000, 1000, 1],
  ])("batch %i ms, block %s ms: %i partitions a batch", async (batch, block, expected) => {
    const d = receiverDoc(batch, block);
    expect(await partitionsPerBatch(d, 3)).toEqual([expected, expected, expected]);
    expect(expected).toBe(batch / blockIntervalOf(d));
  });
});
