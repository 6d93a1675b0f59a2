// reduceByKeyAndWindow: the inverse overload passes numPartitions positionally before filterFunc, and
// an empty slide there means the parent's slide.
import { type AnyStream, type BuildContext, optionalNumber } from "../../../compileContext";

export function compileReduceByKeyAndWindow(ctx: BuildContext): AnyStream {
  const input = ctx.inputs[0];
  const f = ctx.fn("fn", 2);
  const inv = ctx.optionalFn("invFn", 2);
  const windowMs = Number(ctx.params.windowMs);
  const slideMs = optionalNumber(ctx.params.slideMs);
  const numPartitions = optionalNumber(ctx.params.numPartitions);
  if (!inv)
    return numPartitions === undefined
      ? input.reduceByKeyAndWindow(f, windowMs, slideMs)
      : input.reduceByKeyAndWindow(f, windowMs, slideMs ?? input.slideDuration, numPartitions);
  const filterFunc = ctx.optionalFn("filterFunc", 1);
  return input.reduceByKeyAndWindow(
    f,
    inv,
    windowMs,
    slideMs ?? input.slideDuration,
    numPartitions,
    filterFunc,
  );
}
