// The compile step a kind's `api` shape derives: `input0.method(args...)` with the node's params in
// Spark's positional order, as the engine takes them. Kinds the shape cannot say have their own compile
// step (kinds/<group>/<kind>/compile.ts, registered in kinds/compilers.ts).
import { positionalArgs } from "./catalog/callArgs";
import { isEmptyParam } from "./catalog/params";
import { type AnyStream, type BuildContext, invoke, optionalNumber, trimArgs } from "./compileContext";
import { type KindCompiler, kindCompilers } from "./kinds/compilers";
import type { KindName } from "./kinds/specs";
import type { ApiCall, NodeKindSpec } from "./types";

/** The builder an `api` shape means: `input0.method(args...)` with the params as the engine takes them. */
export function builderFromApi(spec: NodeKindSpec, api: ApiCall): KindCompiler {
  const isNumber = (param: string) => {
    const type = spec.params.find((p) => p.name === param)?.param.type;
    return type === "number" || type === "duration";
  };
  return (ctx: BuildContext): AnyStream => {
    const first = ctx.inputs[0];
    const args = positionalArgs(api.args, (param) => !isEmptyParam(ctx.params[param])).map((arg) => {
      switch (arg.kind) {
        case "input":
          return ctx.inputs[arg.index];
        case "parentSlide":
          return first.slideDuration;
        case "fn":
          return arg.optional ? ctx.optionalFn(arg.param, arg.arity) : ctx.fn(arg.param, arg.arity);
        default: {
          const v = ctx.params[arg.param];
          if (!isNumber(arg.param)) return v;
          return arg.optional ? optionalNumber(v) : Number(v);
        }
      }
    });
    return invoke(first, api.method, ...trimArgs(...args));
  };
}

/** A kind's compile step: its own, else the one its `api` shape derives. */
export function compilerOf(spec: NodeKindSpec<KindName>): KindCompiler | undefined {
  return kindCompilers[spec.kind] ?? (spec.api && builderFromApi(spec, spec.api));
}
