// clickStream: the engine's seeded ClickStreamReceiver.
import { ClickStreamReceiver } from "../../../../sources/generators/index";
import type { BuildContext } from "../../../compileContext";
import { compileGenerator, type GeneratorFactory, num } from "../compileGenerator";

/** The receiver for a node's params (the cross-language test builds it the same way). */
export const clickStreamReceiver: GeneratorFactory = (p, base) =>
  new ClickStreamReceiver({ ...base, users: num(p.users), pages: num(p.pages) });

export const compileClickStream = (ctx: BuildContext) => compileGenerator(ctx, clickStreamReceiver);
