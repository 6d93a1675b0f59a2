// reduceByKeyAndWindow over batches of 10k (word, 1) pairs: the incremental form (with an inverse) against
// the plain one at a 10-batch window, in paired rounds; the incremental form again at a 1000-batch window
// (its cost should not grow with the window); and the share of time spent in garbage collection
// in a CPU profile of 200 batches (non-idle samples).
import { Session } from "node:inspector/promises";
import { type DStream, RandomWordsReceiver, StreamingContext } from "../../engine/index";
import { collectGarbage, cpuMs, type Figure, median, spread } from "../measure";

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

interface Profile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The share of a CPU profile's non-idle time spent in "(garbage collector)". */
function gcShareOf(profile: Profile): number {
  const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
  let gc = 0;
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const name = names.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    if (name === "(idle)") return;
    busy += dt;
    if (name === "(garbage collector)") gc += dt;
  });
  return busy > 0 ? gc / busy : 0;
}

/** Per-batch CPU ms of the last `timed` batches after `warm` batches (window full, JIT warm); with
 * `profile`, the timed batches run under the CPU profiler and the GC share of its samples is given. */
async function perBatch(
  build: Build,
  warm: number,
  timed: number,
  profile = false,
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
  collectGarbage();
  const session = profile ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.start");
  }
  const ms: number[] = [];
  for (let b = 0; b < timed; b++) {
    const t0 = cpuMs();
    await ssc.advance(1);
    ms.push(cpuMs() - t0);
  }
  let gcShare = Number.NaN;
  if (session) {
    const { profile: taken } = await session.post("Profiler.stop");
    gcShare = gcShareOf(taken as unknown as Profile);
    session.disconnect();
  }
  ssc.stop();
  if (keys === 0) throw new Error("the window produced nothing");
  return { ms, gcShare };
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
    plainGc.push((await perBatch(plain(10), 100, 200, true)).gcShare);
    gcShares.push((await perBatch(inverse(10), 100, 200, true)).gcShare);
  }
  // paired rounds again: the same 40 batches timed after a 10-batch and after a 1000-batch window filled
  const flatRatios: number[] = [];
  const longMs: number[] = [];
  const longGc: number[] = [];
  for (let round = 0; round < 3; round++) {
    const short = await perBatch(inverse(10), 1010, 40);
    const long = await perBatch(inverse(1000), 1010, 40, true);
    flatRatios.push(median(long.ms) / median(short.ms));
    longMs.push(median(long.ms));
    longGc.push(long.gcShare);
  }
  const flat = median(flatRatios);
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
      spread: spread(flatRatios),
      target: "flat (<= 1.2x)",
      met: flat <= 1.2,
      note: `1000-batch window: ${median(longMs).toFixed(2)} ms/batch (${spread(longMs)}), GC ${(100 * median(longGc)).toFixed(1)}% of its profile; paired with a 10-batch window run over as many batches`,
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
      note: `plain window in the same run: ${(100 * median(plainGc)).toFixed(1)}% (${spread(
        plainGc.map((g) => 100 * g),
        1,
      )})`,
    },
  ];
}
