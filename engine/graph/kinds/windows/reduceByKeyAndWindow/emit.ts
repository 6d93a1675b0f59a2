// reduceByKeyAndWindow: two overloads (with and without an inverse) whose argument order depends on which
// optional params are set; Scala names the inverse form's trailing arguments.
import type { KindEmitters, ScalaHelpers, TsHelpers } from "../../../../codegen/internals/emit";
import { pyCall } from "../../../../codegen/internals/pyEmit";
import { optionalArgs } from "../../../../codegen/internals/scalaEmit";
import { annotateLambda } from "../../../../codegen/internals/scalaTypes";
import { trailing } from "../../../../codegen/internals/tsEmit";

/** An empty slide is the parent's slide, which positional overloads need before numPartitions. */
const tsSlideOrParent = (h: TsHelpers) =>
  h.has("slideMs") ? h.lit("slideMs") : `${h.input(0)}.slideDuration`;

const tsSlideAndPartitions = (h: TsHelpers) =>
  h.has("numPartitions") ? `, ${tsSlideOrParent(h)}, ${h.lit("numPartitions")}` : trailing(h, "slideMs");

const scalaSlideOrParent = (h: ScalaHelpers) =>
  h.has("slideMs") ? h.dur("slideMs") : `${h.input(0)}.slideDuration`;

const scalaSlideAndPartitions = (h: ScalaHelpers) =>
  h.has("numPartitions")
    ? `, ${scalaSlideOrParent(h)}, ${h.lit("numPartitions")}`
    : optionalArgs(h, ["slideMs", () => h.dur("slideMs")]);

/** Annotates both parameters of a (V, V) => V function when V is known (Scala 2.12 needs it on overloads);
 * when it is not, the stream's own value type types them through the reduceFnOf helper. */
const reducer = (h: ScalaHelpers, param: string) => {
  const v = h.valueType(0);
  if (v) return annotateLambda(h.fn(param), [v, v]);
  h.helper("reduceFnOf");
  return `reduceFnOf(${h.input(0)})(${h.fn(param)})`;
};

export const reduceByKeyAndWindowEmitters: KindEmitters = {
  typescript: (_s, h) => {
    if (!h.has("invFn"))
      return `${h.input(0)}.reduceByKeyAndWindow(${h.fn("fn")}, ${h.lit("windowMs")}${tsSlideAndPartitions(h)})`;
    const parts = h.has("numPartitions") ? h.lit("numPartitions") : "undefined";
    const filter = h.has("filterFunc")
      ? `, ${parts}, ${h.fn("filterFunc")}`
      : h.has("numPartitions")
        ? `, ${parts}`
        : "";
    return `${h.input(0)}.reduceByKeyAndWindow(${h.fn("fn")}, ${h.fn("invFn")}, ${h.lit("windowMs")}, ${tsSlideOrParent(h)}${filter})`;
  },
  pyspark: (_s, h) =>
    pyCall(
      h.input(0),
      "reduceByKeyAndWindow",
      h.fn("fn"),
      h.optFn("invFn"),
      h.secs("windowMs"),
      h.optSecs("slideMs"),
      h.opt("numPartitions"),
      h.optFn("filterFunc"),
    ),
  // Keeps its input's pairs' value type.
  scala: (_s, h) => {
    h.produces(h.valueType(0));
    if (!h.has("invFn"))
      return `${h.input(0)}.reduceByKeyAndWindow(${reducer(h, "fn")}, ${h.dur("windowMs")}${scalaSlideAndPartitions(h)})`;
    const slide = scalaSlideOrParent(h);
    const named = [
      ...(h.has("numPartitions") ? [`numPartitions = ${h.lit("numPartitions")}`] : []),
      ...(h.has("filterFunc") ? [`filterFunc = ${h.fn("filterFunc")}`] : []),
    ];
    const fns = [reducer(h, "fn"), reducer(h, "invFn")];
    return `${h.input(0)}.reduceByKeyAndWindow(${[...fns, h.dur("windowMs"), slide, ...named].join(", ")})`;
  },
};
