// The benchmark's pipeline: a sensor receiver at 1M records/s, paired per sensor, reduced, printed.
// Batches of 1 s: the worker posts progress at every task, so the page's watchdog lets a long batch finish.
//
// The simulated cluster is sized so that its modelled processing time of a 1M-record batch stays under the
// batch interval (engine/metrics/costModel.ts: a shuffle costs 0.01 ms a record, spread over its
// partitions). A batch starts computing only when the simulated cluster has finished the one before: with
// the studio's default small cluster (4 x 4 cores, 4 partitions, 200 ms blocks) a 1M-record batch is
// modelled at about 10 s, so batches queued behind one "processing" batch, the worker sat idle and the
// table had nothing completed to count. pipeline.test.ts keeps the model under the interval.
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
    // 20 receiver blocks a batch, so the input stage has 20 tasks of 50k records.
    blockIntervalMs: 50,
    settings: { defaultParallelism: 64, executors: 64, coresPerExecutor: 4, backpressure: false, seed: 42 },
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
