import { describe, expect, it } from "vitest";
import type { DStream } from "../core/DStream";
import { runBatches } from "../testing/runBatches";
import { holdings } from "./holdings";
import { StateSpec } from "./StateSpec";

type P = [string, number];
const add = (a: number, b: number) => a + b;

/** Runs the pipeline and records holdings(stream, t) after every batch. */
async function holdingsPerBatch(input: unknown[][], build: (s: DStream<any>) => DStream<any>) {
  const seen: ReturnType<typeof holdings>[] = [];
  await runBatches(input, (s, ssc) => {
    const out = build(s);
    // Every batch time, also those Spark drops for having no jobs (the engine's hook).
    ssc.addBatchGeneratedHook((batch) => seen.push(holdings(out, batch.batchTime)));
    return out;
  });
  return seen;
}

describe("holdings", () => {
  it("a window holds the parent batch times of its current window, also between slides", async () => {
    const seen = await holdingsPerBatch([[1], [2], [3], [4], [5]], (s) => s.window(3000, 2000));
    expect(seen.map((h) => h.windowBatches)).toEqual([
      [],
      [1000, 2000],
      [1000, 2000],
      [2000, 3000, 4000],
      [2000, 3000, 4000],
    ]);
  });

  it("derived window operators report their window (countByWindow, groupByKeyAndWindow, reduceByWindow)", async () => {
    for (const build of [
      (s: DStream<any>) => s.countByWindow(2000, 1000),
      (s: DStream<any>) => s.map((x: number): P => ["k", x]).groupByKeyAndWindow(2000),
      (s: DStream<any>) => s.reduceByWindow(add, 2000, 1000),
    ]) {
      const seen = await holdingsPerBatch([[1], [2], [3]], build);
      expect(seen.at(-1)).toEqual({ windowBatches: [2000, 3000] });
    }
  });

  it("state nodes report the number of keys held", async () => {
    const words = [["a"], ["a", "b"], ["c"]];
    const pairs = (s: DStream<any>) => s.map((w: string): P => [w, 1]);
    const updated = await holdingsPerBatch(words, (s) =>
      pairs(s).updateStateByKey((vs: number[], st: number | undefined) => vs.length + (st ?? 0)),
    );
    expect(updated.map((h) => h.stateSize)).toEqual([1, 2, 3]);
    const spec = StateSpec.function((_k: string, v: number | undefined, st) => st.update(v ?? 0));
    const mapped = await holdingsPerBatch(words, (s) => pairs(s).mapWithState(spec));
    expect(mapped.map((h) => h.stateSize)).toEqual([1, 2, 3]);
    const snapshots = await holdingsPerBatch(words, (s) => pairs(s).mapWithState(spec).stateSnapshots());
    expect(snapshots.map((h) => h.stateSize)).toEqual([1, 2, 3]);
  });

  it("other streams hold nothing", async () => {
    expect(await holdingsPerBatch([[1]], (s) => s.map((x: number) => x))).toEqual([{}]);
  });
});
