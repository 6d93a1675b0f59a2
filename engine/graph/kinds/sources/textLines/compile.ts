// textLines: the lines sent down the socket, repeated, at the node's rate.
import { TextLinesReceiver } from "../../../../sources/generators/index";
import type { BuildContext } from "../../../compileContext";
import { compileGenerator } from "../compileGenerator";

export const compileTextLines = (ctx: BuildContext) =>
  compileGenerator(
    ctx,
    (p, base) => new TextLinesReceiver({ ...base, lines: String(p.lines ?? "").split("\n") }),
  );
