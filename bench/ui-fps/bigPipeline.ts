// A 300-node pipeline for the frame-rate check with a large graph on screen: one slow source and a chain
// of 299 maps, laid out on a grid, ending in a print.
import { PIPELINE_VERSION, type PipelineDocument } from "../../engine/graph/types";

export function threeHundredNodePipeline(): PipelineDocument {
  const position = (i: number) => ({ x: 40 + (i % 20) * 220, y: 40 + Math.floor(i / 20) * 140 });
  const nodes = [
    { id: "n0", kind: "randomWords", label: "words", params: { seed: 1, rate: 100 }, position: position(0) },
    ...Array.from({ length: 298 }, (_, i) => ({
      id: `n${i + 1}`,
      kind: "map",
      label: `map ${i + 1}`,
      params: { fn: "(w) => w" },
      position: position(i + 1),
    })),
    { id: "n299", kind: "print", label: "print", params: { num: 10 }, position: position(299) },
  ];
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: nodes[i].id, target: n.id }));
  return {
    version: PIPELINE_VERSION,
    name: "UI benchmark: 300 nodes",
    batchIntervalMs: 1000,
    settings: { defaultParallelism: 2, executors: 2, coresPerExecutor: 2, backpressure: false, seed: 42 },
    nodes,
    edges,
  };
}
