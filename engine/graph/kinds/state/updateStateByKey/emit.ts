// updateStateByKey: TypeScript's options object and typed state; PySpark's positional initialRDD;
// Scala's Option[S] result and HashPartitioner overload.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { isEmpty } from "../../../../codegen/internals/literals";
import { pyCall } from "../../../../codegen/internals/pyEmit";
import { partitions } from "../../../../codegen/internals/scalaEmit";
import {
  annotateLambda,
  scalaPairValueType,
  splitLambda,
  stateDefaultType,
} from "../../../../codegen/internals/scalaTypes";
import { pairValueType } from "../../../../codegen/internals/tsEmit";
import { annotateParams } from "../../../../codegen/internals/tsTypes";

export const updateStateByKeyEmitters: KindEmitters = {
  typescript: (s, h) => {
    const options = [
      ...(h.has("initialState") ? [`initialState: ${h.lit("initialState")}`] : []),
      ...(h.has("numPartitions") ? [`numPartitions: ${h.lit("numPartitions")}`] : []),
    ];
    // The state type: the initial state's, else the input's value type (a running sum, count, ...).
    const state = h.has("initialState") ? pairValueType(s.params.initialState) : h.valueOf(0);
    const fn = annotateParams(h.fn("fn"), [undefined, `${state} | undefined`]);
    return `${h.input(0)}.updateStateByKey(${fn}${options.length ? `, { ${options.join(", ")} }` : ""})`;
  },
  pyspark: (s, h) => {
    const initial = isEmpty(s.params.initialState) ? "None" : `sc.parallelize(${h.lit("initialState")})`;
    return pyCall(h.input(0), "updateStateByKey", h.fn("fn"), h.opt("numPartitions"), initial);
  },
  scala: (s, h) => {
    // Spark's update function returns Option[S]: the JavaScript's new state is Some(state), undefined None.
    // Its parameters: the batch's values (a Seq) and the previous state (an Option).
    let fn = h.fn("fn", 0, { optionResult: true, paramTypes: ["arr", "option"] });
    const f = splitLambda(fn);
    const initial = Array.isArray(s.params.initialState) ? s.params.initialState : [];
    const state = (f && stateDefaultType(f.body, f.params[1] ?? "")) ?? scalaPairValueType(initial);
    if (f && !state)
      h.todo("Scala cannot infer the state type S: write updateStateByKey[S](...) with your type.");
    h.produces(state);
    // updateStateByKey is overloaded: Scala 2.12 types the function's parameters only when written.
    const v = h.valueType(0);
    if (v && state) fn = annotateLambda(fn, [`Seq[${v}]`, `Option[${state}]`]);
    const call = `${h.input(0)}.updateStateByKey${state ? `[${state}]` : ""}`;
    if (!h.has("initialState")) return `${call}(${fn}${partitions(h)})`;
    const n = h.has("numPartitions") ? h.lit("numPartitions") : "sc.defaultParallelism";
    return `${call}(${fn}, new HashPartitioner(${n}), sc.parallelize(${h.lit("initialState")}))`;
  },
};
