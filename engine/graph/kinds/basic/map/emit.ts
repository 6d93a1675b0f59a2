// map in Scala: a literal pair's value type is carried on to the reduce functions downstream.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { pairLiteralValueType } from "../../../../codegen/internals/scalaTypes";

export const mapEmitters: KindEmitters = {
  scala: (_s, h) => {
    const fn = h.fn("fn");
    h.produces(pairLiteralValueType(fn));
    return `${h.input(0)}.map(${fn})`;
  },
};
