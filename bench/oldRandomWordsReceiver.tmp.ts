// Lines of random words whose frequencies follow Zipf's law (word of rank k has weight 1 / k^exponent),
// as natural text does: a few words dominate word counts.
import { type GeneratorOptions, GeneratorReceiver } from "./oldGeneratorReceiver.tmp";

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
  /** guide[j]: the word a draw u in [j / size, (j + 1) / size) lands at or near, so a draw costs O(1). */
  private readonly guide: Int32Array;

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
    this.guide = new Int32Array(size);
    for (let j = 0, k = 0; j < size; j++) {
      while (k < size - 1 && this.cumulative[k] < j / size) k++;
      this.guide[j] = k;
    }
  }

  /** One Zipf-distributed word: the first word whose cumulative weight reaches the draw (a guide table
   * gives a start next to it; the scans make the answer exact whatever the start). */
  nextWord(): string {
    const u = this.prng.next();
    const cumulative = this.cumulative;
    const last = cumulative.length - 1;
    let k = this.guide[Math.min(last, Math.floor(u * cumulative.length))];
    while (k > 0 && cumulative[k - 1] >= u) k--;
    while (k < last && cumulative[k] < u) k++;
    return this.vocabulary[k];
  }

  /** Reused for every line: joining it makes the line's one string. */
  private readonly lineWords: string[] = [];

  protected override valuesPerRecord(): number {
    return this.wordsPerLine;
  }

  protected nextRecord(): string {
    if (this.wordsPerLine === 1) return this.nextWord();
    const words = this.lineWords;
    for (let i = 0; i < this.wordsPerLine; i++) words[i] = this.nextWord();
    return words.join(" ");
  }
}
