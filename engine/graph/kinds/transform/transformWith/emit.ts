// transformWith: the user's function takes (left, right, timeMs); PySpark passes (time, left, right),
// Scala (left, right, time).
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { inlineRddFunction } from "../../../../codegen/internals/scalaEmit";

export const transformWithEmitters: KindEmitters = {
  pyspark: (_s, h) =>
    `${h.input(0)}.transformWith(lambda time, left, right: ${h.define("fn", h.fn("fn", 2))}(left, right, time), ${h.input(1)})`,
  scala: (_s, h) => {
    const fn = h.fn("fn", 2);
    const inline = inlineRddFunction(fn, 2, undefined);
    if (inline) return `${h.input(0)}.transformWith(${h.input(1)}, ${inline})`;
    return `${h.input(0)}.transformWith(${h.input(1)}, (left: RDD[_], right: RDD[_], time: Time) => ${h.define("Fn", fn)}(left, right, time.milliseconds))`;
  },
};
