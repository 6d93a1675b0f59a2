// randomWords: the engine's seeded RandomWordsReceiver.
import { RandomWordsReceiver } from "../../../../sources/generators/index";
import type { BuildContext } from "../../../compileContext";
import { compileGenerator, num } from "../compileGenerator";

export const compileRandomWords = (ctx: BuildContext) =>
  compileGenerator(
    ctx,
    (p, base) =>
      new RandomWordsReceiver({
        ...base,
        vocabularySize: num(p.vocabularySize),
        zipfExponent: num(p.zipfExponent),
        wordsPerLine: num(p.wordsPerLine),
      }),
  );
