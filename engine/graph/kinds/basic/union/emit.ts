// union: `a.union(b)` for two inputs, `ssc.union(...)` for more.
import type { KindEmitters } from "../../../../codegen/internals/emit";

export const unionEmitters: KindEmitters = {
  typescript: (s, h) =>
    s.inputs.length === 2
      ? `${h.input(0)}.union(${h.input(1)})`
      : `ssc.union([${s.inputs.map((_, i) => h.input(i)).join(", ")}])`,
  pyspark: (s, h) =>
    s.inputs.length === 2
      ? `${h.input(0)}.union(${h.input(1)})`
      : `ssc.union(${s.inputs.map((_, i) => h.input(i)).join(", ")})`,
  scala: (s, h) =>
    s.inputs.length === 2
      ? `${h.input(0)}.union(${h.input(1)})`
      : `ssc.union(Seq(${s.inputs.map((_, i) => h.input(i)).join(", ")}))`,
};
