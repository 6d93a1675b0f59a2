// reduceByKeyAndWindow over batches of 10k (word, 1) pairs: the incremental form (with an inverse) against
// the plain one at a 10-batch window, in paired rounds; the incremental form again at a 1000-batch window
// (its cost should not grow with the window); and the share of wall time spent in garbage collection
// over 300 batches (Node's "gc" performance entries).
import { PerformanceObserver } from "node:perf_hooks";
import { type DStream, RandomWordsReceiver, StreamingContext } from "../../engine/index";
import { cpuMs, type Figure, median, spread } from "../measure";

const RECORDS = 10_000;
const POOL = 20;
const ROUNDS = 5;

const pool: [string, number][][] = (() => {
  const words = new RandomWordsReceiver({
    seed: 5,
    recordsPerSecond: RECORDS,
    wordsPerLine: 1,
    vocabularySize: 2000,
  });
  return Array.from({ length: POOL }, (_, i) =>
    words.records(i * 1000, (i + 1) * 1000).map((w): [string, number] => [w, 1]),
  );
})();

type Build = (s: DStream<[string, number]>) => DStream<[string, number]>;
const add = (a: number, b: number) => a + b;
const plain: (w: number) => Build = (w) => (s) => s.reduceByKeyAndWindow(add, w * 1000);
const inverse: (w: number) => Build = (w) => (s) =>
  s.reduceByKeyAndWindow(
    add,
    (a, b) => a - b,
    w * 1000,
    undefined,
    undefined,
    (p) => p[1] !== 0,
  );

/** Per-batch CPU ms of the last `timed` batches after `warm` batches (window full, JIT warm). */
async function perBatch(
  build: Build,
  warm: number,
  timed: number,
): Promise<{ ms: number[]; gcShare: number }> {
  const batches = Array.from({ length: warm + timed }, (_, i) => pool[i % POOL]);
  const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual", defaultParallelism: 4 });
  let keys = 0;
  build(ssc.queueStream(batches)).foreachRDD((rdd) => {
    keys += rdd.count();
  });
  ssc.checkpoint("/tmp/bench-checkpoint");
  ssc.start();
  await ssc.advance(warm);
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  gc.observe({ entryTypes: ["gc"] });
  const ms: number[] = [];
  const wall0 = performance.now();
  for (let b = 0; b < timed; b++) {
    const t0 = cpuMs();
    await ssc.advance(1);
    ms.push(cpuMs() - t0);
  }
  const wall = performance.now() - wall0;
  await new Promise((r) => setTimeout(r, 10)); // let the observer deliver the last entries
  gc.disconnect();
  ssc.stop();
  if (keys === 0) throw new Error("the window produced nothing");
  return { ms, gcShare: gcMs / wall };
}

export async function windowFigures(): Promise<Figure[]> {
  const ratios: number[] = [];
  const inv: number[] = [];
  const pl: number[] = [];
  const gcShares: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const p = await perBatch(plain(10), 15, 30);
    const i = await perBatch(inverse(10), 15, 30);
    pl.push(median(p.ms));
    inv.push(median(i.ms));
    ratios.push(median(i.ms) / median(p.ms));
  }
  const plainGc: number[] = [];
  for (let round = 0; round < 3; round++) {
    gcShares.push((await perBatch(inverse(10), 15, 300)).gcShare);
    plainGc.push((await perBatch(plain(10), 15, 300)).gcShare);
  }
  const long = await perBatch(inverse(1000), 1010, 40);
  const flat = median(long.ms) / median(inv);
  const gcShare = median(gcShares);
  return [
    {
      name: "window 10 batches, plain",
      value: `${median(pl).toFixed(2)} ms/batch`,
      spread: spread(pl),
      target: "(reference)",
      met: true,
    },
    {
      name: "window 10 batches, with inverse",
      value: `${median(inv).toFixed(2)} ms/batch`,
      spread: spread(inv),
      target: "(reference)",
      met: true,
    },
    {
      name: "inverse / plain window (10 batches)",
      value: `${median(ratios).toFixed(2)}x`,
      spread: spread(ratios),
      target: "<= 1.2x",
      met: median(ratios) <= 1.2,
    },
    {
      name: "inverse window 1000 / 10 batches",
      value: `${flat.toFixed(2)}x`,
      target: "flat (<= 1.2x)",
      met: flat <= 1.2,
      note: `1000-batch window: ${median(long.ms).toFixed(2)} ms/batch (${spread(long.ms)}), GC ${(100 * long.gcShare).toFixed(1)}% of wall time`,
    },
    {
      name: "GC share, inverse window",
      value: `${(100 * gcShare).toFixed(1)}%`,
      spread: spread(
        gcShares.map((g) => 100 * g),
        1,
      ),
      target: "< 10%",
      met: gcShare < 0.1,
      note: `plain window in the same run: ${(100 * median(plainGc)).toFixed(1)}% (${spread(plainGc.map((g) => 100 * g), 1)})`,
    },
  ];
}
