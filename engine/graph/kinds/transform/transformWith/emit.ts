// transformWith: the user's function takes (left, right, timeMs); PySpark passes (time, left, right),
// Scala (left, right, time).
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { inlineRddFunction } from "../../../../codegen/internals/scalaEmit";

export const transformWithEmitters: KindEmitters = {
  // PySpark's time is a datetime: the function gets milliseconds, and only the arguments it declares.
  pyspark: (_s, h) => {
    const fn = h.define("fn", h.fn("fn", 2));
    const args = ["left", "right", `${h.helper("js_time_ms")}(time)`].slice(0, Math.max(2, h.arity("fn")));
    return `${h.input(0)}.transformWith(lambda time, left, right: ${fn}(${args.join(", ")}), ${h.input(1)})`;
  },
  // Through a curried helper: in DStream.transformWith(other, f) the function's parameter types depend
  // on the method's type parameter U, which Scala infers only after typing f ("missing parameter type").
  scala: (_s, h) => {
    const fn = h.fn("fn", 2);
    h.helper("transformWith");
    const inline = inlineRddFunction(fn, 2, undefined);
    if (inline) return `transformWithTyped(${h.input(0)}, ${h.input(1)})(${inline})`;
    return `transformWithTyped(${h.input(0)}, ${h.input(1)})((left, right, time) => ${h.define("Fn", fn)}(left, right, time.milliseconds))`;
  },
};
