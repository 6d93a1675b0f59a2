// `--from words`: seeded lines of Zipf-distributed words (the studio's randomWords generator), at --rate
// lines per second (default 5). Same seed, same lines, so a test knows what was sent.
import { RandomWordsReceiver } from "../../engine/sources/generators/RandomWordsReceiver";
import type { FeedSource, FeedSourceFactory } from "./FeedSource";
import { paced } from "./pace";

export const DEFAULT_GENERATOR_RATE = 5;
export const DEFAULT_GENERATOR_SEED = 42;

/** The generator's lines in order: the first `n` lines `feed --from words --seed S` sends. */
export function generatorLines(seed: number): () => string {
  const words = new RandomWordsReceiver({
    seed,
    wordsPerLine: 5,
    vocabularySize: 50,
    recordsPerSecond: 1000,
  });
  let t = 0;
  let pending: string[] = [];
  return () => {
    while (pending.length === 0) pending = words.records(t, (t += 1000)).reverse();
    return pending.pop()!;
  };
}

export const generatorSource: FeedSourceFactory = (_from, options): FeedSource => {
  const rate = options.rate ?? DEFAULT_GENERATOR_RATE;
  const seed = options.seed ?? DEFAULT_GENERATOR_SEED;
  return {
    description: `random-word lines (seed ${seed}) at ${rate} lines/s`,
    lines: (signal) => paced(rate, generatorLines(seed), signal),
  };
};
