// union of n inputs: Spark's StreamingContext.union.
import type { AnyStream, BuildContext } from "../../../compileContext";

export const compileUnion = (ctx: BuildContext): AnyStream => ctx.ssc.union(ctx.inputs);
