// updateStateByKey: the engine takes the initial state and numPartitions as an options object.
import { type AnyStream, type BuildContext, optionalNumber } from "../../../compileContext";

export function compileUpdateStateByKey(ctx: BuildContext): AnyStream {
  const initialState = Array.isArray(ctx.params.initialState) ? ctx.params.initialState : undefined;
  return ctx.inputs[0].updateStateByKey(ctx.fn("fn", 2), {
    initialState,
    numPartitions: optionalNumber(ctx.params.numPartitions),
  });
}
