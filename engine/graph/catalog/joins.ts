// Pair joins of two streams, batch by batch: each takes a "left" and a "right" input.
import type { NodeKindSpec } from "../types";
import { call, optionalPartitions, otherInput } from "./api";
import { numPartitionsParam } from "./params";

function joinKind(kind: string, doc: string): NodeKindSpec {
  return {
    kind,
    label: kind,
    api: call(kind, otherInput, optionalPartitions),
    category: "join",
    sparkMethod: `PairDStreamFunctions.${kind}`,
    doc,
    inputs: { min: 2, max: 2, names: ["left", "right"] },
    requiresPairInput: true,
    output: "pair",
    needsCheckpoint: false,
    params: [numPartitionsParam],
  };
}

export const join = joinKind(
  "join",
  "Inner join of the pairs of two streams by key: [k, [v, w]] (PairDStreamFunctions.join).",
);
export const leftOuterJoin = joinKind(
  "leftOuterJoin",
  "Left outer join by key: [k, [v, w | undefined]] (PairDStreamFunctions.leftOuterJoin).",
);
export const rightOuterJoin = joinKind(
  "rightOuterJoin",
  "Right outer join by key: [k, [v | undefined, w]] (PairDStreamFunctions.rightOuterJoin).",
);
export const fullOuterJoin = joinKind(
  "fullOuterJoin",
  "Full outer join by key, either side undefined when missing (PairDStreamFunctions.fullOuterJoin).",
);
export const cogroup = joinKind(
  "cogroup",
  "Groups both streams' values by key: [k, [V[], W[]]] (PairDStreamFunctions.cogroup).",
);

export const joins = [join, leftOuterJoin, rightOuterJoin, fullOuterJoin, cogroup];
