// The inverse window's merge keeps its key tables from one window to the next (MergeScratch); its output
// must stay exactly what a fresh merge gives, order included: per partition, the previous window's keys in
// their order, then keys first seen in the batches that left, then in the batches that came in.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partitionOf } from "../core/hash";
import { runBatches } from "../testing/runBatches";

type P = [string | [string, number], number];
const add = (a: number, b: number) => a + b;
const sub = (a: number, b: number) => a - b;
const text = (k: unknown) => JSON.stringify(k);

/** Window of `w` batches sliding by one, computed naively with the merge's order rule. */
function naive(input: P[][], w: number, parts: number, keepZeros: boolean): P[][] {
  const outputs: P[][] = [];
  let previous: P[][] = Array.from({ length: parts }, () => []);
  for (let t = 0; t < input.length; t++) {
    const out: P[][] = [];
    for (let p = 0; p < parts; p++) {
      const order: string[] = [];
      const keyOf = new Map<string, P[0]>();
      const see = (k: P[0]) => {
        if (!keyOf.has(text(k))) {
          keyOf.set(text(k), k);
          order.push(text(k));
        }
      };
      for (const [k] of previous[p]) see(k);
      // Spark's merge reduces each batch by key first; the batches that left come before the new one
      const left = t - w >= 0 ? [input[t - w]] : [];
      for (const batch of [...left, input[t]])
        for (const [k] of batch) if (partitionOf(k, parts) === p) see(k);
      const sum = new Map<string, number>();
      for (let b = Math.max(0, t - w + 1); b <= t; b++)
        for (const [k, v] of input[b]) sum.set(text(k), (sum.get(text(k)) ?? 0) + v);
      out.push(order.map((k): P => [keyOf.get(k)!, sum.get(k) ?? 0]).filter(([, v]) => keepZeros || v !== 0));
    }
    previous = out;
    outputs.push(out.flat());
  }
  return outputs;
}

async function engine(input: P[][], w: number, parts: number, keepZeros: boolean): Promise<P[][]> {
  const run = await runBatches(input, (s) =>
    s.reduceByKeyAndWindow(add, sub, w * 1000, 1000, parts, keepZeros ? undefined : ([, v]) => v !== 0),
  );
  return run.records as P[][];
}

const key = fc.oneof(
  fc.constantFrom("a", "b", "c", "d", "e", "f"),
  fc.tuple(fc.constantFrom("x", "y"), fc.nat(2)),
);
const batches = fc.array(fc.array(fc.tuple(key, fc.integer({ min: 1, max: 3 })), { maxLength: 8 }), {
  minLength: 1,
  maxLength: 8,
});

describe("ReducedWindowMergeRDD", () => {
  it("gives a fresh merge's records in a fresh merge's order, window after window", async () => {
    await fc.assert(
      fc.asyncProperty(
        batches,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        async (input, w, parts, keepZeros) => {
          expect(await engine(input, w, parts, keepZeros)).toEqual(naive(input, w, parts, keepZeros));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("stays exact when it rebuilds its tables after many keys left", async () => {
    const many: P[] = Array.from({ length: 6000 }, (_, i): P => [`k${i}`, 1]);
    const few: P[] = [
      ["a", 1],
      ["k7", 2],
      ["b", 1],
    ];
    const input = [many, few, few, many.slice(0, 10), few, []];
    expect(await engine(input, 1, 2, false)).toEqual(naive(input, 1, 2, false));
    expect(await engine(input, 2, 2, false)).toEqual(naive(input, 2, 2, false));
  });
});
