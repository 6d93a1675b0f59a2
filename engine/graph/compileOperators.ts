// Builders of the transformation, window, state and join nodes: each one call of the engine's fluent
// DStream API with the node's params, in Spark's positional argument order. A kind with an `api` shape in
// the catalog gets its builder derived from it; the overrides below are the calls the shape cannot say.
import * as engine from "../index";
import { catalog } from "./catalog";
import { positionalArgs } from "./catalog/callArgs";
import { isEmptyParam } from "./catalog/params";
import { type AnyStream, type BuildContext, invoke, optionalNumber, trimArgs } from "./compileContext";
import type { ApiCall, NodeKindSpec } from "./types";

type Builder = (ctx: BuildContext) => AnyStream;

const first = (ctx: BuildContext) => ctx.inputs[0];
const parts = (ctx: BuildContext) => optionalNumber(ctx.params.numPartitions);
/** An empty slide means "the parent's slide", which Spark's inverse overloads need positionally. */
const slide = (ctx: BuildContext) => optionalNumber(ctx.params.slideMs) ?? first(ctx).slideDuration;
const windowMs = (ctx: BuildContext) => Number(ctx.params.windowMs);

/** The builder an `api` shape means: `input0.method(args...)` with the params as the engine takes them. */
export function builderFromApi(spec: NodeKindSpec, api: ApiCall): Builder {
  const isNumber = (param: string) => {
    const type = spec.params.find((p) => p.name === param)?.param.type;
    return type === "number" || type === "duration";
  };
  return (ctx) => {
    const args = positionalArgs(api.args, (param) => !isEmptyParam(ctx.params[param])).map((arg) => {
      switch (arg.kind) {
        case "input":
          return ctx.inputs[arg.index];
        case "parentSlide":
          return first(ctx).slideDuration;
        case "fn":
          return arg.optional ? ctx.optionalFn(arg.param, arg.arity) : ctx.fn(arg.param, arg.arity);
        default: {
          const v = ctx.params[arg.param];
          if (!isNumber(arg.param)) return v;
          return arg.optional ? optionalNumber(v) : Number(v);
        }
      }
    });
    return invoke(first(ctx), api.method, ...trimArgs(...args));
  };
}

/** Kinds whose engine call the `api` shape cannot express. */
const overrides: Record<string, Builder> = {
  union: (ctx) => ctx.ssc.union(ctx.inputs),
  transform: (ctx) => {
    const f = ctx.fn("fn", 3);
    const rows = ctx.params.table;
    const table = Array.isArray(rows) ? ctx.ssc.sparkContext.parallelize(rows) : undefined;
    return invoke(first(ctx), "transform", (rdd: unknown, timeMs: number) => f(rdd, timeMs, table));
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

/** Every transformation, window, state and join kind: its override, else the builder its shape derives. */
export const operatorBuilders: Record<string, Builder> = Object.fromEntries(
  Object.values(catalog).flatMap((spec): [string, Builder][] => {
    if (spec.category === "source" || spec.isOutput) return [];
    const build = overrides[spec.kind] ?? (spec.api && builderFromApi(spec, spec.api));
    return build ? [[spec.kind, build]] : [];
  }),
);
