// The benchmark's pipeline: a sensor receiver at 1M records/s, paired per sensor, reduced, printed.
// Batches of 1 s (1M records, 5 receiver blocks of 200 ms): the worker posts progress at every task,
// so the page's watchdog lets a long batch finish.
import { PIPELINE_VERSION, type PipelineDocument } from "../../engine/graph/types";

export function millionPerSecondPipeline(
  recordsPerSecond = 1_000_000,
  batchIntervalMs = 1000,
): PipelineDocument {
  const node = (id: string, kind: string, x: number, params: Record<string, unknown>) => ({
    id,
    kind,
    label: id,
    params,
    position: { x, y: 120 },
  });
  return {
    version: PIPELINE_VERSION,
    name: "UI benchmark: 1M records/s",
    batchIntervalMs,
    settings: { defaultParallelism: 4, executors: 4, coresPerExecutor: 4, backpressure: false, seed: 42 },
    nodes: [
      node("readings", "sensorReadings", 40, {
        seed: 1,
        rate: recordsPerSecond,
        sensors: 100,
        outOfOrderFraction: 0,
      }),
      node("pairs", "map", 300, { fn: "(r) => [r.sensorId, r.value]" }),
      node("maxima", "reduceByKey", 560, { fn: "(a, b) => Math.max(a, b)" }),
      node("print", "print", 820, { num: 10 }),
    ],
    edges: [
      { id: "e1", source: "readings", target: "pairs" },
      { id: "e2", source: "pairs", target: "maxima" },
      { id: "e3", source: "maxima", target: "print" },
    ],
  };
}
