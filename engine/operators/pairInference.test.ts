// Type-level tests: map/flatMap functions that return `[k, v]` give pair streams and RDDs (tuples), so
// user code (and the exported TypeScript) needs no `as [K, V]`. `npm run typecheck` checks these; a wrong
// type is a compile error, and the runtime assertions check the records are the pairs the types say.
import { describe, expect, expectTypeOf, it } from "vitest";
import type { DStream } from "../core/DStream";
import type { RDD } from "../core/rdd/index";
import { StreamingContext } from "../index";
import { runBatches } from "../testing/runBatches";

// Never started: transformations are lazy, so these only build the graph the types are read from.
const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual" });
const lines = ssc.queueStream<string>([]);
const words = ssc.sparkContext.parallelize(["a", "b"]);

describe("tuple inference of map/flatMap", () => {
  it("DStream.map returning [k, v] is a pair stream", () => {
    expectTypeOf(lines.map((w) => [w, 1])).toEqualTypeOf<DStream<[string, number]>>();
    expectTypeOf(lines.map((w) => [w.length, [w]])).toEqualTypeOf<DStream<[number, string[]]>>();
    // A pair stream has the pair operators without a cast.
    expectTypeOf(lines.map((w) => [w, 1]).reduceByKey((a, b) => a + b)).toEqualTypeOf<
      DStream<[string, number]>
    >();
  });

  it("DStream.flatMap returning [k, v] pairs is a pair stream", () => {
    expectTypeOf(lines.flatMap((l) => l.split(" ").map((w) => [w, 1] as [string, number]))).toEqualTypeOf<
      DStream<[string, number]>
    >();
    expectTypeOf(lines.flatMap((l) => [[l, l.length]])).toEqualTypeOf<DStream<[string, number]>>();
  });

  it("RDD.map/flatMap returning [k, v] are pair RDDs", () => {
    expectTypeOf(words.map((w) => [w, 1])).toEqualTypeOf<RDD<[string, number]>>();
    expectTypeOf(words.flatMap((w) => [[w, true]])).toEqualTypeOf<RDD<[string, boolean]>>();
  });

  it("keeps the general overload for everything else", () => {
    expectTypeOf(lines.map((w) => w.length)).toEqualTypeOf<DStream<number>>();
    // Longer literals stay tuples (TypeScript keeps the tuple context of the first overload).
    expectTypeOf(lines.map((w) => [w, w, w])).toEqualTypeOf<DStream<[string, string, string]>>();
    expectTypeOf(lines.map((w: any) => w)).toEqualTypeOf<DStream<any>>();
    expectTypeOf(lines.map((w) => w.split(" "))).toEqualTypeOf<DStream<string[]>>();
    expectTypeOf(lines.flatMap((l) => l.split(" "))).toEqualTypeOf<DStream<string>>();
    expectTypeOf(lines.map((w) => [w, 1] as [string, number])).toEqualTypeOf<DStream<[string, number]>>();
    expectTypeOf(words.map((w) => ({ w }))).toEqualTypeOf<RDD<{ w: string }>>();
    expectTypeOf(words.flatMap((w) => w.split(""))).toEqualTypeOf<RDD<string>>();
    // A stream of non-pairs still has no reduceByKey.
    // @ts-expect-error reduceByKey needs a stream of [K, V] pairs
    lines.map((w) => w.length).reduceByKey((a: number, b: number) => a + b);
  });

  it("runs the inferred pair stream as pairs", async () => {
    const { outputs } = await runBatches([["a b a"]], (s) =>
      s
        .flatMap((l) => l.split(" "))
        .map((w) => [w, 1])
        .reduceByKey((a, b) => a + b),
    );
    expect(outputs[0].records).toEqual([
      ["b", 1],
      ["a", 2],
    ]);
  });
});
