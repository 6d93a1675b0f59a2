// Word count over ~1M generated words, through the engine (queueStream -> flatMap -> map -> reduceByKey
// -> foreachRDD) and through a hand-written fused loop, in paired rounds in the same process.
import { RandomWordsReceiver, StreamingContext } from "../../engine/index";
import { cpuTimed, type Figure, median, spread } from "../measure";

const BATCHES = 10;
const LINES_PER_BATCH = 10_000;
const WORDS_PER_LINE = 10;
const ROUNDS = 11;

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

export async function wordCountFigures(): Promise<Figure[]> {
  const input = makeInput();
  const words = BATCHES * LINES_PER_BATCH * WORDS_PER_LINE;
  const ratios: number[] = [];
  const engineRates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // paired, back-to-back runs: a busy machine slows both sides of a pair alike
    const h = await cpuTimed(() => handWritten(input));
    const e = await cpuTimed(() => engine(input));
    if (h.result !== e.result) throw new Error(`results differ: ${h.result} vs ${e.result} distinct words`);
    if (round > 0) {
      ratios.push(h.ms / e.ms); // round 0 warms up the JIT
      engineRates.push(words / (e.ms / 1000) / 1e6);
    }
  }
  return [
    {
      name: "word count, engine / fused loop",
      value: `${median(ratios).toFixed(2)}x`,
      spread: spread(ratios),
      target: ">= 0.9x",
      met: median(ratios) >= 0.9,
      note: `engine ${median(engineRates).toFixed(1)}M words/s (${spread(engineRates, 1)}), ${words.toLocaleString("en-US")} words in ${BATCHES} batches, median of ${ROUNDS - 1} paired rounds`,
    },
  ];
}
