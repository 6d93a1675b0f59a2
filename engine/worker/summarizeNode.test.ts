import { describe, expect, it } from "vitest";
import { StreamingContext } from "../scheduler/StreamingContext";
import { KEY_SCAN_LIMIT, summarizeNode, toPlain } from "./summarizeNode";

async function oneBatch<T>(records: T[], parallelism = 2) {
  const ssc = new StreamingContext({
    batchIntervalMs: 1000,
    clock: "manual",
    defaultParallelism: parallelism,
    out: () => {},
  });
  const stream = ssc.queueStream<T>([records]);
  stream.foreachRDD(() => {}); // an output that never reads the data: counts come from the summary itself
  ssc.start();
  await ssc.advance(1);
  ssc.stop({ stopSparkContext: false }); // the summaries below still read its RDDs
  return stream;
}

describe("summarizeNode", () => {
  it("counts per partition and samples evenly, bounded", async () => {
    const stream = await oneBatch(
      Array.from({ length: 100 }, (_, i) => i),
      4,
    );
    const s = summarizeNode("n", stream, 1000, { sampleSize: 6, keyed: false });
    expect(s).toMatchObject({
      count: 100,
      partitionCounts: [25, 25, 25, 25],
      truncated: true,
      computed: true,
    });
    expect(s.sample.map((p) => p.length)).toEqual([2, 2, 2, 0]);
    expect(s.sample[1]).toEqual([25, 26]);
  });

  it("reports top keys by summed numeric values, else by records", async () => {
    const numeric = await oneBatch<[string, number]>([
      ["a", 1],
      ["b", 5],
      ["a", 2],
      ["c", 1],
    ]);
    expect(summarizeNode("n", numeric, 1000, { sampleSize: 1, keyed: true }).keyCounts).toEqual([
      ["b", 5],
      ["a", 3],
      ["c", 1],
    ]);
    const text = await oneBatch<[string, string]>([
      ["a", "x"],
      ["b", "y"],
      ["a", "z"],
    ]);
    expect(summarizeNode("n", text, 1000, { sampleSize: 1, keyed: true }).keyCounts).toEqual([
      ["a", 2],
      ["b", 1],
    ]);
    const plain = await oneBatch(["a", "b"]);
    expect(summarizeNode("n", plain, 1000, { sampleSize: 1, keyed: true }).keyCounts).toBeUndefined();
  });

  it("scans a bounded prefix of huge batches for keys", async () => {
    const many = await oneBatch<[string, number]>(Array.from({ length: KEY_SCAN_LIMIT * 2 }, () => ["k", 1]));
    expect(summarizeNode("n", many, 1000, { sampleSize: 1, keyed: true }).keyCounts).toEqual([
      ["k", KEY_SCAN_LIMIT],
    ]);
  });

  it("says when a node produced nothing at a time", async () => {
    const stream = await oneBatch([1]);
    expect(summarizeNode("n", stream, 2000, { sampleSize: 5, keyed: false })).toMatchObject({
      computed: false,
      count: 0,
    });
  });
});

describe("toPlain", () => {
  it("makes records safe to post: functions, classes, long strings and arrays bounded", () => {
    class Point {
      toString() {
        return "Point";
      }
    }
    expect(toPlain([1, undefined, () => 1, new Point(), new Map([["k", 1]])])).toEqual([
      1,
      undefined,
      "() => 1",
      "Point",
      [["k", 1]],
    ]);
    expect((toPlain("x".repeat(600)) as string).length).toBe(500);
    expect((toPlain(Array.from({ length: 60 }, (_, i) => i)) as unknown[]).at(-1)).toBe("… 10 more");
  });
});
