// Lines of random words whose frequencies follow Zipf's law (word of rank k has weight 1 / k^exponent),
// as natural text does: a few words dominate word counts.
import { type GeneratorOptions, GeneratorReceiver } from "./GeneratorReceiver";

export interface RandomWordsOptions extends GeneratorOptions {
  vocabularySize?: number;
  zipfExponent?: number;
  /** Words per record (1: each record is a single word). */
  wordsPerLine?: number;
}

const COMMON = (
  "the spark stream data batch window state key value event time record node job task stage shuffle " +
  "partition driver executor cluster query sink source map reduce join filter count word line click user " +
  "page sensor delay rate lag micro checkpoint memory disk network cache offset topic log metric alert"
).split(" ");
const ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z"];
const VOWELS = ["a", "e", "i", "o", "u"];

/** The word of rank `i` (0-based): common words first, then made-up syllable words, all distinct. */
export function vocabularyWord(i: number): string {
  if (i < COMMON.length) return COMMON[i];
  let n = i - COMMON.length;
  let word = "";
  do {
    word += ONSETS[n % ONSETS.length] + VOWELS[Math.floor(n / ONSETS.length) % VOWELS.length];
    n = Math.floor(n / (ONSETS.length * VOWELS.length));
  } while (n > 0);
  return `${word}x`;
}

export class RandomWordsReceiver extends GeneratorReceiver<string> {
  private readonly vocabulary: string[];
  private readonly cumulative: Float64Array;
  private readonly wordsPerLine: number;

  constructor(options: RandomWordsOptions = {}) {
    super(options);
    const size = Math.max(1, Math.floor(options.vocabularySize ?? 50));
    const exponent = options.zipfExponent ?? 1.1;
    this.wordsPerLine = Math.max(1, Math.floor(options.wordsPerLine ?? 5));
    this.vocabulary = Array.from({ length: size }, (_, i) => vocabularyWord(i));
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let k = 0; k < size; k++) this.cumulative[k] = total += 1 / (k + 1) ** exponent;
    for (let k = 0; k < size; k++) this.cumulative[k] /= total;
  }

  /** One Zipf-distributed word (binary search over the cumulative weights). */
  nextWord(): string {
    const u = this.prng.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return this.vocabulary[lo];
  }

  protected override valuesPerRecord(): number {
    return this.wordsPerLine;
  }

  protected nextRecord(): string {
    if (this.wordsPerLine === 1) return this.nextWord();
    const words = new Array<string>(this.wordsPerLine);
    for (let i = 0; i < this.wordsPerLine; i++) words[i] = this.nextWord();
    return words.join(" ");
  }
}
