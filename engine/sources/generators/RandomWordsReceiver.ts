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
  /** Cumulative weights times 2^32 (exactly), to compare with a draw as a 32-bit integer: the draw
   * u = t / 2^32 reaches weight c exactly when t reaches c * 2^32. */
  private readonly cumulative: Float64Array;
  private readonly wordsPerLine: number;
  /** guide[j]: the first word a draw t with t >>> guideShift === j can land at, so a draw costs O(1).
   * With many more buckets than words, a bucket rarely holds a word boundary, so the scans after it
   * rarely move: a branch the processor predicts, where a scan of random length mispredicts. */
  private readonly guide: Int32Array;
  private readonly guideShift: number;

  constructor(options: RandomWordsOptions = {}) {
    super(options);
    const size = Math.max(1, Math.floor(options.vocabularySize ?? 50));
    const exponent = options.zipfExponent ?? 1.1;
    this.wordsPerLine = Math.max(1, Math.floor(options.wordsPerLine ?? 5));
    this.vocabulary = Array.from({ length: size }, (_, i) => vocabularyWord(i));
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let k = 0; k < size; k++) this.cumulative[k] = total += 1 / (k + 1) ** exponent;
    for (let k = 0; k < size; k++) this.cumulative[k] = (this.cumulative[k] / total) * 2 ** 32;
    const bucketBits = Math.min(20, Math.max(12, Math.ceil(Math.log2(size * 16))));
    this.guideShift = 32 - bucketBits;
    this.guide = new Int32Array(1 << bucketBits);
    for (let j = 0, k = 0; j < this.guide.length; j++) {
      while (k < size - 1 && this.cumulative[k] < j * 2 ** this.guideShift) k++;
      this.guide[j] = k;
    }
  }

  /** One Zipf-distributed word: the first word whose cumulative weight reaches the draw (a guide table
   * gives a start next to it; the scans make the answer exact whatever the start). */
  nextWord(): string {
    return this.vocabulary[this.nextRank()];
  }

  /** The rank (0-based) of the next Zipf-distributed word. */
  private nextRank(): number {
    const t = this.prng.nextUint32();
    const cumulative = this.cumulative;
    const last = cumulative.length - 1;
    let k = this.guide[t >>> this.guideShift];
    while (k > 0 && cumulative[k - 1] >= t) k--;
    while (k < last && cumulative[k] < t) k++;
    return k;
  }

  protected override valuesPerRecord(): number {
    return this.wordsPerLine;
  }

  /** The vocabulary as ASCII bytes, word k at [k * stride, k * stride + wordLength[k]), zero padded to a
   * stride that is a multiple of 8. */
  private wordBytes = new Uint8Array(0);
  private wordLength = new Int32Array(0);
  private stride = 0;
  /** Reused from one slice to the next: the slice's word ranks, then its lines as bytes (a space
   * between words; the byte after a line's last word is left as it is). */
  private ranks = new Int32Array(0);
  private lineBytes = new Uint8Array(0);
  /** Reused: where each line ends in lineBytes (the byte there is left as it was: no substring takes it). */
  private lineEnds = new Int32Array(0);
  private static readonly decoder = new TextDecoder();

  /** Lines carry no time, so the arrival times are not computed. */
  protected fill(n: number): string[] {
    if (this.wordsPerLine === 1) {
      const out = new Array<string>(n);
      for (let i = 0; i < n; i++) out[i] = this.vocabulary[this.nextRank()];
      return out;
    }
    return n === 0 ? [] : this.lines(n);
  }

  protected nextRecord(): string {
    return this.wordsPerLine === 1 ? this.vocabulary[this.nextRank()] : this.lines(1)[0];
  }

  /**
   * n lines of wordsPerLine words. The words are written as bytes into one buffer, decoded once and cut
   * at the line ends: one flat string for the slice and a substring of it per line. Joining each line's words
   * instead made a string and a throwaway array per line, and collecting them took most of the time.
   */
  private lines(n: number): string[] {
    if (this.stride === 0) this.encodeVocabulary();
    const { wordBytes, wordLength, stride } = this;
    const perLine = this.wordsPerLine;
    const words = n * perLine;
    const ranks = (this.ranks = sized(this.ranks, words, Int32Array));
    let textLength = 0;
    for (let i = 0; i < words; i++) {
      const rank = this.nextRank();
      ranks[i] = rank;
      textLength += wordLength[rank] + 1;
    }
    // the last word's copy may run up to 8 bytes past the text
    const bytes = (this.lineBytes = sized(this.lineBytes, textLength + 8, Uint8Array));
    const lineEnds = (this.lineEnds = sized(this.lineEnds, n, Int32Array));
    let at = 0;
    let line = 0;
    for (let i = 0, w = 1; i < words; i++, w++) {
      const rank = ranks[i];
      const length = wordLength[rank];
      // Eight bytes at a time, past the word's end (the separator and the next word write over the rest):
      // most words take one step, so the loop's branch is predicted, where a byte loop of each word's
      // length is mispredicted once a word.
      for (let from = rank * stride, to = at, copied = 0; copied < length; copied += 8, from += 8, to += 8) {
        bytes[to] = wordBytes[from];
        bytes[to + 1] = wordBytes[from + 1];
        bytes[to + 2] = wordBytes[from + 2];
        bytes[to + 3] = wordBytes[from + 3];
        bytes[to + 4] = wordBytes[from + 4];
        bytes[to + 5] = wordBytes[from + 5];
        bytes[to + 6] = wordBytes[from + 6];
        bytes[to + 7] = wordBytes[from + 7];
      }
      at += length;
      if (w === perLine) {
        lineEnds[line++] = at++;
        w = 0;
      } else bytes[at++] = 32; // " " separates a line's words
    }
    // Substrings of a flat string are slices of it (no copy): cheaper than splitting it at line breaks.
    const text = RandomWordsReceiver.decoder.decode(bytes.subarray(0, at));
    const out = new Array<string>(n);
    for (let i = 0, from = 0; i < n; i++) {
      out[i] = text.substring(from, lineEnds[i]);
      from = lineEnds[i] + 1;
    }
    return out;
  }

  private encodeVocabulary(): void {
    const encoder = new TextEncoder();
    const encoded = this.vocabulary.map((word) => encoder.encode(word));
    this.stride = 8 * Math.ceil(Math.max(...encoded.map((word) => word.length)) / 8);
    this.wordLength = Int32Array.from(encoded, (word) => word.length);
    this.wordBytes = new Uint8Array(encoded.length * this.stride);
    for (const [k, word] of encoded.entries()) this.wordBytes.set(word, k * this.stride);
  }
}

/** `buffer` if it holds `length` and is not much larger (a burst of lines leaves no large buffer behind),
 * else a new one. */
function sized<T extends Uint8Array | Int32Array>(buffer: T, length: number, make: new (n: number) => T): T {
  return buffer.length >= length && buffer.length <= 4 * length + 1024 ? buffer : new make(length);
}
