// clickStream: the engine's seeded ClickStreamReceiver.
import { ClickStreamReceiver } from "../../../../sources/generators/index";
import type { BuildContext } from "../../../compileContext";
import { compileGenerator, num } from "../compileGenerator";

export const compileClickStream = (ctx: BuildContext) =>
  compileGenerator(
    ctx,
    (p, base) => new ClickStreamReceiver({ ...base, users: num(p.users), pages: num(p.pages) }),
  );
