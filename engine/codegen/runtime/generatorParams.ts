// What the exported ports of the seeded generators need from a node: the params resolved exactly as the
// engine resolves them (engine/graph/receivers/generators.ts and the receivers' defaults), and the data
// that is computed with Math.pow (the Zipf weights), so the ports never call pow or log per record.
import { symbolList } from "../../graph/kinds/sources/stockTicker/spec";
import { vocabularyWord } from "../../sources/generators/index";

export const GENERATOR_KINDS = [
  "randomWords",
  "sensorReadings",
  "clickStream",
  "textLines",
  "stockTicker",
] as const;
export type GeneratorKind = (typeof GENERATOR_KINDS)[number];

export function isGeneratorKind(kind: string): kind is GeneratorKind {
  return (GENERATOR_KINDS as readonly string[]).includes(kind);
}

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const count = (v: unknown, fallback: number) => Math.max(1, Math.floor(num(v) ?? fallback));

/** Above this many words the Zipf table is computed by the program itself (pow may differ in a last bit). */
export const MAX_EMITTED_WEIGHTS = 2500;

export interface GeneratorArgs {
  seed: number;
  recordsPerSecond: number;
  vocabularySize: number;
  zipfExponent: number;
  wordsPerLine: number;
  /** The normalized cumulative Zipf weights, as the engine computes them (undefined when too large). */
  cumulative?: number[];
  sensors: number;
  outOfOrderFraction: number;
  maxLatenessMs: number;
  users: number;
  pages: number;
  lines: string[];
  /** stockTicker's symbols (the receiver's ["ACME"] when none are named) and log-return deviation. */
  symbols: string[];
  volatility: number;
}

export function generatorArgs(params: Record<string, unknown>, docSeed: unknown): GeneratorArgs {
  const vocabularySize = count(params.vocabularySize, 50);
  const zipfExponent = num(params.zipfExponent) ?? 1.1;
  return {
    seed: num(params.seed) ?? num(docSeed) ?? 42,
    recordsPerSecond: num(params.rate) ?? 10,
    vocabularySize,
    zipfExponent,
    wordsPerLine: count(params.wordsPerLine, 5),
    cumulative:
      vocabularySize <= MAX_EMITTED_WEIGHTS ? zipfCumulative(vocabularySize, zipfExponent) : undefined,
    sensors: count(params.sensors, 5),
    outOfOrderFraction: num(params.outOfOrderFraction) ?? 0.1,
    maxLatenessMs: 5000,
    users: count(params.users, 20),
    pages: count(params.pages, 10),
    lines: String(params.lines ?? "").split("\n"),
    symbols: symbolList(params.symbols).length > 0 ? symbolList(params.symbols) : ["ACME"],
    volatility: num(params.volatility) ?? 0.01,
  };
}

/** RandomWordsReceiver's cumulative weights, computed in the same order (so the same doubles). */
export function zipfCumulative(size: number, exponent: number): number[] {
  const cumulative = new Array<number>(size);
  let total = 0;
  for (let k = 0; k < size; k++) cumulative[k] = total += 1 / (k + 1) ** exponent;
  for (let k = 0; k < size; k++) cumulative[k] /= total;
  return cumulative;
}

/** The receiver's common words (its vocabulary before the made-up words, which all end in "x"). */
export function commonWords(): string[] {
  const words: string[] = [];
  for (let i = 0; !vocabularyWord(i).endsWith("x"); i++) words.push(vocabularyWord(i));
  return words;
}

/** Doubles as text that reads back as the same doubles in Python and on the JVM (shortest digits). */
export function doublesText(xs: readonly number[]): string {
  return xs.map((x) => String(x)).join(",");
}
