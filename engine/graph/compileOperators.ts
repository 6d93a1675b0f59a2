// Builders of the transformation, window, state and join nodes: each one call of the engine's fluent
// DStream API with the node's params, in Spark's positional argument order.
import * as engine from "../index";
import { type AnyStream, type BuildContext, invoke, optionalNumber, trimArgs } from "./compileContext";

type Builder = (ctx: BuildContext) => AnyStream;

const first = (ctx: BuildContext) => ctx.inputs[0];
const parts = (ctx: BuildContext) => optionalNumber(ctx.params.numPartitions);
/** An empty slide means "the parent's slide", which Spark's inverse overloads need positionally. */
const slide = (ctx: BuildContext) => optionalNumber(ctx.params.slideMs) ?? first(ctx).slideDuration;
const windowMs = (ctx: BuildContext) => Number(ctx.params.windowMs);

const unary =
  (method: string, arity = 1): Builder =>
  (ctx) =>
    invoke(first(ctx), method, ctx.fn("fn", arity));
const withPartitions =
  (method: string): Builder =>
  (ctx) =>
    invoke(first(ctx), method, ...trimArgs(parts(ctx)));
const binary =
  (method: string): Builder =>
  (ctx) =>
    invoke(ctx.inputs[0], method, ctx.inputs[1], ...trimArgs(parts(ctx)));

export const operatorBuilders: Record<string, Builder> = {
  map: unary("map"),
  flatMap: unary("flatMap"),
  filter: unary("filter"),
  glom: (ctx) => invoke(first(ctx), "glom"),
  mapPartitions: unary("mapPartitions"),
  repartition: (ctx) => invoke(first(ctx), "repartition", Number(ctx.params.numPartitions)),
  union: (ctx) => ctx.ssc.union(ctx.inputs),
  count: (ctx) => invoke(first(ctx), "count"),
  countByValue: withPartitions("countByValue"),
  reduce: unary("reduce", 2),
  reduceByKey: (ctx) => invoke(first(ctx), "reduceByKey", ctx.fn("fn", 2), ...trimArgs(parts(ctx))),
  groupByKey: withPartitions("groupByKey"),
  combineByKey: (ctx) =>
    invoke(
      first(ctx),
      "combineByKey",
      ctx.fn("createCombiner", 1),
      ctx.fn("mergeValue", 2),
      ctx.fn("mergeCombiners", 2),
      ...trimArgs(parts(ctx)),
    ),
  mapValues: unary("mapValues"),
  flatMapValues: unary("flatMapValues"),
  transform: (ctx) => {
    const f = ctx.fn("fn", 3);
    const rows = ctx.params.table;
    const table = Array.isArray(rows) ? ctx.ssc.sparkContext.parallelize(rows) : undefined;
    return invoke(first(ctx), "transform", (rdd: unknown, timeMs: number) => f(rdd, timeMs, table));
  },
  transformWith: (ctx) => invoke(ctx.inputs[0], "transformWith", ctx.inputs[1], ctx.fn("fn", 3)),
  join: binary("join"),
  leftOuterJoin: binary("leftOuterJoin"),
  rightOuterJoin: binary("rightOuterJoin"),
  fullOuterJoin: binary("fullOuterJoin"),
  cogroup: binary("cogroup"),
  window: (ctx) =>
    invoke(first(ctx), "window", ...trimArgs(windowMs(ctx), optionalNumber(ctx.params.slideMs))),
  countByWindow: (ctx) => invoke(first(ctx), "countByWindow", windowMs(ctx), slide(ctx)),
  reduceByWindow: (ctx) => {
    const inv = ctx.optionalFn("invFn", 2);
    const f = ctx.fn("fn", 2);
    return inv
      ? invoke(first(ctx), "reduceByWindow", f, inv, windowMs(ctx), slide(ctx))
      : invoke(first(ctx), "reduceByWindow", f, windowMs(ctx), slide(ctx));
  },
  reduceByKeyAndWindow: (ctx) => {
    const f = ctx.fn("fn", 2);
    const inv = ctx.optionalFn("invFn", 2);
    if (!inv) {
      const rest =
        parts(ctx) === undefined ? trimArgs(optionalNumber(ctx.params.slideMs)) : [slide(ctx), parts(ctx)];
      return invoke(first(ctx), "reduceByKeyAndWindow", f, windowMs(ctx), ...rest);
    }
    const filterFunc = ctx.optionalFn("filterFunc", 1);
    return invoke(
      first(ctx),
      "reduceByKeyAndWindow",
      f,
      inv,
      windowMs(ctx),
      slide(ctx),
      parts(ctx),
      filterFunc,
    );
  },
  countByValueAndWindow: (ctx) =>
    invoke(first(ctx), "countByValueAndWindow", windowMs(ctx), slide(ctx), ...trimArgs(parts(ctx))),
  groupByKeyAndWindow: (ctx) => {
    const rest =
      parts(ctx) === undefined ? trimArgs(optionalNumber(ctx.params.slideMs)) : [slide(ctx), parts(ctx)];
    return invoke(first(ctx), "groupByKeyAndWindow", windowMs(ctx), ...rest);
  },
  updateStateByKey: (ctx) => {
    const initialState = Array.isArray(ctx.params.initialState) ? ctx.params.initialState : undefined;
    return invoke(first(ctx), "updateStateByKey", ctx.fn("fn", 2), {
      initialState,
      numPartitions: parts(ctx),
    });
  },
  mapWithState: (ctx) => {
    const StateSpec = (engine as Record<string, any>).StateSpec;
    if (!StateSpec) throw new Error("The engine has no StateSpec");
    let spec = StateSpec.function(ctx.fn("fn", 3));
    const timeout = optionalNumber(ctx.params.timeoutMs);
    if (timeout !== undefined) spec = spec.timeout(timeout);
    if (Array.isArray(ctx.params.initialState)) spec = spec.initialState(ctx.params.initialState);
    if (parts(ctx) !== undefined) spec = spec.numPartitions(parts(ctx));
    const mapped = invoke(first(ctx), "mapWithState", spec);
    return ctx.params.stateSnapshots === true ? invoke(mapped, "stateSnapshots") : mapped;
  },
};
