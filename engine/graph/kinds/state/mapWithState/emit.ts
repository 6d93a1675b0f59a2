// mapWithState: a StateSpec chain in TypeScript and Scala; not in PySpark's DStream API (a stub).
import type { KindEmitters } from "../../../../codegen/internals/emit";
import {
  scalaPairValueType,
  splitLambda,
  stateOptionDefaultType,
} from "../../../../codegen/internals/scalaTypes";
import { pairValueType } from "../../../../codegen/internals/tsEmit";
import { annotateParams } from "../../../../codegen/internals/tsTypes";

export const mapWithStateEmitters: KindEmitters = {
  typescript: (s, h) => {
    h.use("StateSpec");
    h.useType("State");
    // StateSpec.function is typed before it meets the stream, so its parameters need their types.
    const state = h.has("initialState") ? pairValueType(s.params.initialState) : h.valueOf(0);
    const types = [h.keyOf(0), `${h.valueOf(0)} | undefined`, `State<${state}>`];
    let spec = `StateSpec.function(${annotateParams(h.fn("fn"), types)})`;
    if (h.has("timeoutMs")) spec += `.timeout(${h.lit("timeoutMs")})`;
    if (h.has("initialState")) spec += `.initialState(${h.lit("initialState")})`;
    if (h.has("numPartitions")) spec += `.numPartitions(${h.lit("numPartitions")})`;
    return `${h.input(0)}.mapWithState(${spec})${s.params.stateSnapshots === true ? ".stateSnapshots()" : ""}`;
  },
  pyspark: (_s, h) => `${h.stub("mapWithState is not part of PySpark's DStream API (Scala/Java only)")}`,
  // Through a helper class that takes S and reads K and V off the stream, so the function's parameters
  // are typed; the function's result is an Option flattened away, as the studio emits nothing for
  // undefined (Spark's mapWithState emits one record per input record).
  scala: (s, h) => {
    const fn = h.fn("fn", 0, { stateParam: 2, optionResult: true });
    const f = splitLambda(fn);
    const state =
      (h.has("initialState") ? scalaPairValueType(s.params.initialState as unknown[]) : undefined) ??
      (f && stateOptionDefaultType(f.body, f.params[2] ?? "")) ??
      h.valueType(0);
    if (!state) h.todo("Scala cannot infer the state type S: write new StateSpecOf[S]() with your type.");
    h.helper("stateSpecOf");
    let spec = `new StateSpecOf[${state ?? "S"}]()(${h.input(0)})(${fn})`;
    if (h.has("timeoutMs")) spec += `.timeout(${h.dur("timeoutMs")})`;
    if (h.has("initialState")) spec += `.initialState(sc.parallelize(${h.lit("initialState")}))`;
    if (h.has("numPartitions")) spec += `.numPartitions(${h.lit("numPartitions")})`;
    const mapped = `${h.input(0)}.mapWithState(${spec})`;
    return s.params.stateSnapshots === true ? `${mapped}.stateSnapshots()` : `${mapped}.flatMap(_.toList)`;
  },
};
