// Every operator in the catalog compiles with its default params and runs on the engine: the catalog's
// param names, defaults and argument order agree with the engine's DStream API.
import { describe, expect, it } from "vitest";
import { catalog } from "./catalog";
import { compilePipeline } from "./compile";
import { doc, edge, node } from "./testPipelines";

const lines = [["a b", "b c a"], ["b"], [], ["c c"]];
const pairs = [
  [
    ["a", 1],
    ["b", 2],
  ],
  [["a", 3]],
  [],
  [
    ["c", 4],
    ["a", 5],
  ],
];

const operators = Object.values(catalog).filter((s) => s.category !== "source" && !s.isOutput);

describe("every catalog operator runs with its defaults", () => {
  it.each(operators.map((s) => s.kind))("%s", async (kind) => {
    const spec = catalog[kind];
    const batches = spec.requiresPairInput ? pairs : lines;
    const nodes = [
      node("in1", "queueStream", { batches }),
      node("in2", "queueStream", { batches }),
      node("op", kind),
      node("out", "foreachRDD"),
    ];
    const names = spec.inputs.names ?? ["", ""];
    const edges = [edge("in1", "op", names[0] || undefined), edge("op", "out")];
    if (spec.inputs.min >= 2) edges.push(edge("in2", "op", names[1] || undefined));
    const produced: unknown[][] = [];
    const compiled = compilePipeline(doc(nodes, edges, { settings: { checkpointDir: "/cp" } }), {
      sink: { records: (_id, _t, _k, records) => produced.push(records) },
    });
    compiled.ssc.start();
    try {
      await compiled.ssc.advance(4);
    } finally {
      compiled.ssc.stop();
    }
    expect(produced.length).toBeGreaterThan(0);
    expect(produced.some((records) => records.length > 0)).toBe(true);
  });
});
