// Pair joins of two streams, batch by batch: each takes a "left" and a "right" input and is
// `left.<kind>(right, [numPartitions])` in every language.
import { call, optionalPartitions, otherInput } from "../../catalog/api";
import { defineKind } from "../../catalog/defineKind";
import { numPartitionsParam } from "../../catalog/params";

export function joinKind<
  const K extends "join" | "leftOuterJoin" | "rightOuterJoin" | "fullOuterJoin" | "cogroup",
>(kind: K, doc: string) {
  return defineKind({
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
  });
}
