// textLines: the lines sent down the socket, repeated, at the node's rate.
import { TextLinesReceiver } from "../../../../sources/generators/index";
import type { BuildContext } from "../../../compileContext";
import { compileGenerator, type GeneratorFactory } from "../compileGenerator";

/** The receiver for a node's params (the cross-language test builds it the same way). */
export const textLinesReceiver: GeneratorFactory = (p, base) =>
  new TextLinesReceiver({ ...base, lines: String(p.lines ?? "").split("\n") });

export const compileTextLines = (ctx: BuildContext) => compileGenerator(ctx, textLinesReceiver);
