// transform: the user's (rdd, timeMs, table) function, the static table parallelized once.
import type { AnyStream, BuildContext } from "../../../compileContext";

export function compileTransform(ctx: BuildContext): AnyStream {
  const f = ctx.fn("fn", 3);
  const rows = ctx.params.table;
  const table = Array.isArray(rows) ? ctx.ssc.sparkContext.parallelize(rows) : undefined;
  return ctx.inputs[0].transform((rdd: unknown, timeMs: number) => f(rdd, timeMs, table));
}
