// The seeded demo sources (random words, sensor readings, click stream) as receivers, built from a
// node's params. The generators themselves live in engine/sources/generators.
import type { Receiver } from "../../sources/Receiver";

export function generatorReceiver(kind: string, params: Record<string, unknown>): Receiver<unknown> {
  throw new Error(
    `The ${kind} generator is not available in this engine build (${JSON.stringify(params.seed)})`,
  );
}
