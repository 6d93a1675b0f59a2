// The compile step every seeded generator source shares: its receiver, seeded with the node's seed or
// else the pipeline's, registered so its rate can change while running.
import type { AnyStream, BuildContext } from "../../compileContext";
import { generatorReceiver } from "../../receivers/generators";

export function compileGenerator(ctx: BuildContext): AnyStream {
  const seed = typeof ctx.params.seed === "number" ? ctx.params.seed : ctx.doc.settings.seed;
  const receiver = generatorReceiver(ctx.node.kind, { ...ctx.params, seed });
  ctx.addReceiver(receiver);
  return ctx.ssc.receiverStream(receiver);
}
