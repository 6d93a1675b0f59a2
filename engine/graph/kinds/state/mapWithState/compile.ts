// mapWithState: a StateSpec built from the params, then optionally its state snapshots.
import { StateSpec } from "../../../../operators/StateSpec";
import { type AnyStream, type BuildContext, optionalNumber } from "../../../compileContext";

export function compileMapWithState(ctx: BuildContext): AnyStream {
  let spec = StateSpec.function(ctx.fn("fn", 3));
  const timeout = optionalNumber(ctx.params.timeoutMs);
  if (timeout !== undefined) spec = spec.timeout(timeout);
  if (Array.isArray(ctx.params.initialState)) spec = spec.initialState(ctx.params.initialState);
  const numPartitions = optionalNumber(ctx.params.numPartitions);
  if (numPartitions !== undefined) spec = spec.numPartitions(numPartitions);
  const mapped = ctx.inputs[0].mapWithState(spec);
  return ctx.params.stateSnapshots === true ? mapped.stateSnapshots() : mapped;
}
