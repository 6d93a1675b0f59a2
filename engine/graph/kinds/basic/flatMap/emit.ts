// flatMap in Scala: an array result becomes a Seq (a translated `[a, b]` would be a tuple).
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { asCollection } from "../../../../codegen/internals/scalaEmit";

export const flatMapEmitters: KindEmitters = {
  scala: (_s, h) => `${h.input(0)}.flatMap(${asCollection(h.fn("fn"))})`,
};
