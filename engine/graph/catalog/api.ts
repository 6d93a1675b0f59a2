// Builders of a node kind's `api` shape: its Spark call as plain data, e.g.
// `call("reduceByKey", fn("fn", 2), optional(value("numPartitions")))`. The compiler and the exporters
// derive their code from it (engine/graph/README.md); nothing here imports the engine.
import type { ApiArg, ApiCall } from "../types";

export function call(method: string, ...args: ApiArg[]): ApiCall {
  return { method, args };
}

/** A function param compiled with `arity` arguments. */
export const fn = (param: string, arity: number): ApiArg => ({ kind: "fn", param, arity });
export const value = (param: string): ApiArg => ({ kind: "value", param });
export const duration = (param: string): ApiArg => ({ kind: "duration", param });
/** The second input stream (a join's right side). */
export const otherInput: ApiArg = { kind: "input", index: 1 };

/** Left out when empty, with the optional arguments after it (see `ApiArg`). */
export function optional(arg: ApiArg): ApiArg {
  if (arg.kind === "input") throw new Error("an input stream cannot be optional");
  return { ...arg, optional: true };
}

/** An optional slide that stands in as the input's slide when a later argument is set. */
export const optionalSlide: ApiArg = {
  kind: "duration",
  param: "slideMs",
  optional: true,
  orParentSlide: true,
};

/** Spark's optional trailing `numPartitions`. */
export const optionalPartitions: ApiArg = optional(value("numPartitions"));

/** What a TypeScript/Scala call or the compiler passes: a set or required argument, or the input's slide. */
export type PositionalArg = ApiArg | { kind: "parentSlide" };

const isSetOptional = (arg: ApiArg, has: (param: string) => boolean) =>
  arg.kind !== "input" && arg.optional === true && has(arg.param);

/** The arguments of a call in languages with positional overloads (see `ApiArg`). */
export function positionalArgs(args: readonly ApiArg[], has: (param: string) => boolean): PositionalArg[] {
  const out: PositionalArg[] = [];
  let stopped = false;
  args.forEach((arg, i) => {
    if (arg.kind === "input" || !arg.optional) out.push(arg);
    else if (stopped) return;
    else if (has(arg.param)) out.push(arg);
    else if (
      arg.kind === "duration" &&
      arg.orParentSlide &&
      args.slice(i + 1).some((a) => isSetOptional(a, has))
    )
      out.push({ kind: "parentSlide" });
    else stopped = true;
  });
  return out;
}

/** The arguments of a Python call: an empty optional one is `null` (None), trailing ones dropped. */
export function pythonArgs(args: readonly ApiArg[], has: (param: string) => boolean): (ApiArg | null)[] {
  const out = args.map((arg) => (arg.kind !== "input" && arg.optional && !has(arg.param) ? null : arg));
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}
