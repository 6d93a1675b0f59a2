// Which of an `api` shape's arguments a call passes, given which params are set: shared by the compiler
// and the exporters (a module of its own, so the app's main bundle, which reads the catalog, lacks it).
import type { ApiArg } from "../types";

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
