// npm run bench: word count over ~1M generated words, through the engine (queueStream -> flatMap -> map ->
// reduceByKey -> foreachRDD) and through a hand-written fused loop, in the same process. Prints words/s
// for both and the ratio (the engine's target: >= 0.7x the hand-written loop). Not a test.
import { RandomWordsReceiver, StreamingContext } from "../engine/index";

const BATCHES = 10;
const LINES_PER_BATCH = 10_000;
const WORDS_PER_LINE = 10;
const ROUNDS = 9;

function makeInput(): string[][] {
  const words = new RandomWordsReceiver({
    seed: 1,
    recordsPerSecond: LINES_PER_BATCH,
    vocabularySize: 10_000,
    wordsPerLine: WORDS_PER_LINE,
  });
  return Array.from({ length: BATCHES }, (_, i) => words.records(i * 1000, (i + 1) * 1000));
}

/** What a programmer would write by hand: one pass, one Map per batch. */
function handWritten(input: string[][]): number {
  let distinct = 0;
  for (const batch of input) {
    const counts = new Map<string, number>();
    for (const line of batch) {
      for (const w of line.split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    distinct += [...counts].length;
  }
  return distinct;
}

async function engine(input: string[][]): Promise<number> {
  let distinct = 0;
  const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual" });
  ssc
    .queueStream([...input]) // queueStream consumes its queue, as Spark's mutable Queue
    .flatMap((line) => line.split(" "))
    .map((w): [string, number] => [w, 1])
    .reduceByKey((a, b) => a + b)
    .foreachRDD((rdd) => {
      distinct += rdd.collect().length;
    });
  ssc.start();
  await ssc.advance(input.length);
  ssc.stop();
  return distinct;
}

/** CPU time of this process (user + system), not wall time: other processes on a busy machine barely
 * change it, so the ratio stays meaningful when the cores are shared. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function time(run: () => number | Promise<number>): Promise<{ ms: number; result: number }> {
  const t0 = cpuMs();
  const result = await run();
  return { ms: cpuMs() - t0, result };
}

async function main(): Promise<void> {
  const input = makeInput();
  const words = BATCHES * LINES_PER_BATCH * WORDS_PER_LINE;
  const best = { hand: Number.POSITIVE_INFINITY, engine: Number.POSITIVE_INFINITY };
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // paired, back-to-back runs: a busy machine slows both sides of a pair alike
    const h = await time(() => handWritten(input));
    const e = await time(() => engine(input));
    if (h.result !== e.result) throw new Error(`results differ: ${h.result} vs ${e.result} distinct words`);
    best.hand = Math.min(best.hand, h.ms);
    best.engine = Math.min(best.engine, e.ms);
    if (round > 0) ratios.push(h.ms / e.ms); // round 0 warms up the JIT
  }
  ratios.sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)];
  const rate = (ms: number) => Math.round(words / (ms / 1000)).toLocaleString("en-US");
  console.log(
    `word count, ${words.toLocaleString("en-US")} words in ${BATCHES} batches (best of ${ROUNDS}, process CPU time)`,
  );
  console.log(`hand-written fused loop: ${rate(best.hand)} words/s (${best.hand.toFixed(1)} ms)`);
  console.log(`engine:                  ${rate(best.engine)} words/s (${best.engine.toFixed(1)} ms)`);
  console.log(
    `ratio engine / hand-written: ${(best.hand / best.engine).toFixed(2)}x best-of, ${median.toFixed(2)}x median of paired rounds (target >= 0.70x)`,
  );
}

await main();
