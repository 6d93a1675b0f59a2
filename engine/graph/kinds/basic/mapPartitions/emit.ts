// mapPartitions in Scala: Spark's function returns an Iterator; the user's returns an array (a Seq, or a
// tuple when it is a translated `[a, b]`), so its result is turned into one.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { asCollection } from "../../../../codegen/internals/scalaEmit";
import { splitLambda } from "../../../../codegen/internals/scalaTypes";

export const mapPartitionsEmitters: KindEmitters = {
  scala: (_s, h) => {
    const fn = asCollection(h.fn("fn"));
    const f = splitLambda(fn);
    const iterating = f ? `(${f.params.join(", ")}) => (${f.body}).iterator` : fn;
    return `${h.input(0)}.mapPartitions(${iterating})`;
  },
};
