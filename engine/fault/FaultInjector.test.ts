import { describe, expect, it } from "vitest";
import type { DStream } from "../core/DStream";
import { StreamingContext } from "../scheduler/StreamingContext";
import { Receiver } from "../sources/Receiver";
import { FaultInjector } from "./FaultInjector";

/** Words that depend only on the interval, so a run with a fault and one without receive the same. */
class WordsReceiver extends Receiver<string> {
  onStart(): void {}
  onStop(): void {}
  override generate(fromMs: number, toMs: number): void {
    for (let t = fromMs; t < toMs; t += 100)
      this.store(["a", "b", "c", "d", "e"][((t / 100) % 5) | 0] + (t % 700 === 0 ? "x" : ""));
  }
}

interface RunOptions {
  wal?: boolean;
  /** Lose this executor before batch `atBatch` (1-based). */
  lose?: { executor: string; atBatch: number };
  batches?: number;
}

async function run(options: RunOptions) {
  const ssc = new StreamingContext({
    batchIntervalMs: 1000,
    clock: "manual",
    defaultParallelism: 2,
    writeAheadLog: options.wal,
    isolated: true,
    out: () => {},
  });
  ssc.checkpoint("checkpoint");
  const faults = new FaultInjector(ssc, 2);
  const words = ssc.receiverStream(new WordsReceiver());
  const pairs = words.map((w) => [w, 1] as [string, number]);
  const counts = pairs.reduceByKey((a, b) => a + b);
  const totals = pairs.updateStateByKey<string, number, number>((vs, s) =>
    vs.reduce((a, b) => a + b, s ?? 0),
  );
  (totals as DStream<[string, number]>).checkpoint(2000);
  const out: Record<number, { counts: string[]; totals: string[] }> = {};
  const at = (t: number) => (out[t] ??= { counts: [], totals: [] });
  counts.foreachRDD((rdd, t) => void at(t).counts.push(...rdd.collect().map(String).sort()));
  totals.foreachRDD((rdd, t) => void at(t).totals.push(...rdd.collect().map(String).sort()));
  ssc.start();
  const errors: string[] = [];
  for (let b = 1; b <= (options.batches ?? 7); b++) {
    if (options.lose?.atBatch === b) faults.loseExecutor(options.lose.executor);
    try {
      await ssc.advance(1);
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  ssc.stop();
  return { out, errors, report: faults.reports[0] };
}

describe("FaultInjector: losing an executor mid-batch", () => {
  it("with the write-ahead log, the output after the fault equals the output without", async () => {
    const clean = await run({ wal: true });
    const hit = await run({ wal: true, lose: { executor: "0", atBatch: 4 } });
    expect(hit.errors).toEqual([]);
    expect(hit.out).toEqual(clean.out);
    const r = hit.report!;
    expect(r.batchTime).toBe(4000);
    expect(r.when).toBe("afterFirstOutputOperation");
    expect(r.replacementId).toBe("2");
    expect(r.lostBlocks.length).toBeGreaterThan(0);
    expect(r.lostBlocks.every((b) => b.inWriteAheadLog)).toBe(true);
    expect(r.receiversRestarted).toHaveLength(1);
    const sources = new Set(r.steps.map((s) => s.source));
    expect(sources.has("writeAheadLog")).toBe(true);
    expect(sources.has("recomputed")).toBe(true);
  });

  it("without the log, the receiver's blocks are lost and the batch fails with Spark's message", async () => {
    const clean = await run({});
    const hit = await run({ lose: { executor: "0", atBatch: 4 } });
    expect(hit.errors[0]).toMatch(/^Could not compute split, block input-\d+-\d+ of RDD \d+ not found$/);
    expect(hit.report!.failure).toBe(hit.errors[0]);
    expect(hit.report!.lostBlocks.every((b) => !b.inWriteAheadLog)).toBe(true);
    expect(hit.out).not.toEqual(clean.out);
    // The batch's first output operation ran before the loss; the state could not be rebuilt.
    expect(hit.out[4000].counts).toEqual(clean.out[4000].counts);
    expect(hit.out[4000].totals).toEqual([]);
  });

  it("a stateful stream recovers lost state partitions from its last checkpoint", async () => {
    const clean = await run({});
    // Executor 1 runs no receiver: only cached partitions and shuffle outputs are lost.
    const hit = await run({ lose: { executor: "1", atBatch: 6 } });
    expect(hit.errors).toEqual([]);
    expect(hit.out).toEqual(clean.out);
    const r = hit.report!;
    expect(r.lostBlocks).toEqual([]);
    expect(r.lostPartitions.some((p) => p.split === 1)).toBe(true);
    expect(r.lostPartitions.every((p) => p.split % 2 === 1)).toBe(true);
    const sources = r.steps.map((s) => s.source);
    expect(sources).toContain("recomputed");
    expect(sources).toContain("checkpoint");
    // Lineage: a recomputed step names the RDD whose recomputation read it.
    expect(r.steps.some((s) => s.parentOfRddId !== undefined)).toBe(true);
  });

  it("refuses an executor the cluster does not have", () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000, isolated: true, out: () => {} });
    expect(() => new FaultInjector(ssc, 2).loseExecutor("7")).toThrow(
      "No executor 7: the simulated cluster has 0, 1",
    );
  });

  it("refuses the write-ahead log without a checkpoint directory, as Spark", () => {
    const ssc = new StreamingContext({
      batchIntervalMs: 1000,
      writeAheadLog: true,
      isolated: true,
      out: () => {},
    });
    ssc.receiverStream(new WordsReceiver()).foreachRDD(() => {});
    expect(() => ssc.start()).toThrow(
      "Cannot enable receiver write-ahead log without checkpoint directory set. Please use streamingContext.checkpoint() to set the checkpoint directory. See documentation for more details.",
    );
  });
});
