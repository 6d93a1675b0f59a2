// Builders of a node kind's `api` shape: its Spark call as plain data, e.g.
// `call("reduceByKey", fn("fn", 2), optional(value("numPartitions")))`. The compiler and the exporters
// derive their code from it (engine/graph/README.md); nothing here imports the engine's code (only its
// type, to check method names).
import type { DStream } from "../../core/DStream";
import type { ApiArg, ApiCall } from "../types";

/** The names of the engine's fluent DStream methods: an `api` names one, so renaming it is a type error. */
export type FluentMethod = {
  [M in keyof DStream<any>]-?: DStream<any>[M] extends (...args: any[]) => any ? M : never;
}[keyof DStream<any>];

export function call(method: FluentMethod, ...args: ApiArg[]): ApiCall {
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
