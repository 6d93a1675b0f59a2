// The compile step every seeded generator source shares: its receiver, seeded with the node's seed or
// else the pipeline's, registered so its rate can change while running.
import type { Receiver } from "../../../sources/Receiver";
import type { AnyStream, BuildContext } from "../../compileContext";

/** A finite number param, else undefined (the receiver's default). */
export const num = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isFinite(v) ? v : undefined;

export interface GeneratorBase {
  seed: number;
  recordsPerSecond: number | undefined;
}

/** A generator kind's receiver, from the node's params and the seed and rate every generator takes. */
export type GeneratorFactory = (params: Record<string, unknown>, base: GeneratorBase) => Receiver<unknown>;

export function compileGenerator(ctx: BuildContext, receiverOf: GeneratorFactory): AnyStream {
  const seed = typeof ctx.params.seed === "number" ? ctx.params.seed : ctx.doc.settings.seed;
  const receiver = receiverOf(ctx.params, { seed, recordsPerSecond: num(ctx.params.rate) });
  ctx.addReceiver(receiver);
  return ctx.ssc.receiverStream(receiver);
}
