// randomWords: the engine's seeded RandomWordsReceiver.
import { RandomWordsReceiver } from "../../../../sources/generators/index";
import type { BuildContext } from "../../../compileContext";
import { compileGenerator, type GeneratorFactory, num } from "../compileGenerator";

/** The receiver for a node's params (the cross-language test builds it the same way). */
export const randomWordsReceiver: GeneratorFactory = (p, base) =>
  new RandomWordsReceiver({
    ...base,
    vocabularySize: num(p.vocabularySize),
    zipfExponent: num(p.zipfExponent),
    wordsPerLine: num(p.wordsPerLine),
  });

export const compileRandomWords = (ctx: BuildContext) => compileGenerator(ctx, randomWordsReceiver);
