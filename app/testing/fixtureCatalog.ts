// A tiny catalog for unit tests of app logic that must not depend on the real catalog's details.
import type { NodeKindSpec, PipelineDocument } from "../../engine/graph/types";
import { newPipelineDocument } from "../store/newPipeline";

const base = { doc: "", needsCheckpoint: false, params: [] } as const;

export const fixtureSpecs: Record<string, NodeKindSpec> = {
  lines: {
    ...base,
    kind: "lines",
    label: "socketTextStream",
    category: "source",
    sparkMethod: "s",
    inputs: { min: 0, max: 0 },
    requiresPairInput: false,
    output: "plain",
  },
  queue: {
    ...base,
    kind: "queue",
    label: "queueStream",
    category: "source",
    sparkMethod: "q",
    inputs: { min: 0, max: 0 },
    requiresPairInput: false,
    output: "unknown",
  },
  flatMap: {
    ...base,
    kind: "flatMap",
    label: "flatMap",
    category: "transformation",
    sparkMethod: "f",
    inputs: { min: 1, max: 1 },
    requiresPairInput: false,
    output: "unknown",
  },
  filter: {
    ...base,
    kind: "filter",
    label: "filter",
    category: "transformation",
    sparkMethod: "f",
    inputs: { min: 1, max: 1 },
    requiresPairInput: false,
    output: "same-as-input",
  },
  union: {
    ...base,
    kind: "union",
    label: "union",
    category: "transformation",
    sparkMethod: "u",
    inputs: { min: 2, max: Number.POSITIVE_INFINITY },
    requiresPairInput: false,
    output: "same-as-input",
  },
  reduceByKey: {
    ...base,
    kind: "reduceByKey",
    label: "reduceByKey",
    category: "transformation",
    sparkMethod: "r",
    inputs: { min: 1, max: 1 },
    requiresPairInput: true,
    output: "pair",
  },
  join: {
    ...base,
    kind: "join",
    label: "join",
    category: "join",
    sparkMethod: "j",
    inputs: { min: 2, max: 2, names: ["left", "right"] },
    requiresPairInput: true,
    output: "pair",
  },
  print: {
    ...base,
    kind: "print",
    label: "print",
    category: "output",
    sparkMethod: "p",
    inputs: { min: 1, max: 1 },
    requiresPairInput: false,
    output: "plain",
    isOutput: true,
  },
};

export const fixtureSpecOf = (kind: string) => fixtureSpecs[kind];

/** A document from `[id, kind]` nodes and `[source, target, handle?]` edges. */
export function fixtureDoc(
  nodes: [string, string][],
  edges: [string, string, string?][] = [],
): PipelineDocument {
  return {
    ...newPipelineDocument("test"),
    nodes: nodes.map(([id, kind], i) => ({ id, kind, params: {}, position: { x: i * 100, y: 0 } })),
    edges: edges.map(([source, target, targetHandle], i) => ({
      id: `e${i}`,
      source,
      target,
      ...(targetHandle ? { targetHandle } : {}),
    })),
  };
}
