// combineByKey: TypeScript needs createCombiner's parameter typed; Scala its combiner type and Spark's
// HashPartitioner overload.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { splitLambda } from "../../../../codegen/internals/scalaTypes";
import { trailing } from "../../../../codegen/internals/tsEmit";
import { annotateParams } from "../../../../codegen/internals/tsTypes";

/** `(v) => (v, 1)` with V = Int -> "(Int, Int)": the combiner type when every part of it is known. */
function combinerType(createCombiner: string, v: string | undefined): string | undefined {
  const f = splitLambda(createCombiner);
  const tuple = f && /^\((.*)\)$/.exec(f.body);
  const parts = tuple ? tuple[1].split(", ") : f ? [f.body] : [];
  const types = parts.map((p) =>
    p === f?.params[0] ? v : /^-?\d+$/.test(p) ? "Int" : /^-?\d+\.\d+$/.test(p) ? "Double" : undefined,
  );
  if (types.length === 0 || types.some((t) => t === undefined)) return undefined;
  return types.length === 1 ? types[0] : `(${types.join(", ")})`;
}

export const combineByKeyEmitters: KindEmitters = {
  // The combiner type comes from createCombiner, which TypeScript types first only if its parameter is typed.
  typescript: (_s, h) =>
    `${h.input(0)}.combineByKey(${annotateParams(h.fn("createCombiner"), [h.valueOf(0)])}, ${h.fn("mergeValue")}, ${h.fn("mergeCombiners")}${trailing(h, "numPartitions")})`,
  scala: (_s, h) => {
    const create = h.fn("createCombiner");
    const c = combinerType(create, h.valueType(0));
    if (!c) h.todo("Scala cannot infer the combiner type C: write combineByKey[C](...) with your type.");
    return `${h.input(0)}.combineByKey${c ? `[${c}]` : ""}(${create}, ${h.fn("mergeValue")}, ${h.fn("mergeCombiners")}, new HashPartitioner(${h.has("numPartitions") ? h.lit("numPartitions") : "sc.defaultParallelism"}))`;
  },
};
