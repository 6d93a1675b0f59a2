// mapWithState: a StateSpec chain in TypeScript and Scala; not in PySpark's DStream API (a stub).
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { splitLambda } from "../../../../codegen/internals/scalaTypes";
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
  scala: (s, h) => {
    const fn = h.fn("fn");
    if (splitLambda(fn))
      h.todo(
        `StateSpec.function needs typed parameters: (key: K, value: Option[${h.valueType(0) ?? "V"}], state: State[S]).`,
      );
    let spec = `StateSpec.function(${fn})`;
    if (h.has("timeoutMs")) spec += `.timeout(${h.dur("timeoutMs")})`;
    if (h.has("initialState")) spec += `.initialState(sc.parallelize(${h.lit("initialState")}))`;
    if (h.has("numPartitions")) spec += `.numPartitions(${h.lit("numPartitions")})`;
    return `${h.input(0)}.mapWithState(${spec})${s.params.stateSnapshots === true ? ".stateSnapshots()" : ""}`;
  },
};
