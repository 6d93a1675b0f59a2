// Batch-table test helpers on the manual clock (never imported by production code).
// runBatches: queue the input batches, build the pipeline, run N batches, collect what the built stream
// produced at each batch time (only times where it produced an RDD, as Spark's TestSuiteBase).
import type { DStream } from "../core/DStream";
import type { BatchInfo } from "../metrics/BatchInfo";
import { StreamingContext, type StreamingContextOptions } from "../scheduler/StreamingContext";

export interface BatchOutput<U> {
  timeMs: number;
  records: U[];
  /** The same records per partition. */
  partitions: U[][];
}

export interface RunOptions extends Partial<StreamingContextOptions> {
  /** Batches to run (default: the longest input). */
  numBatches?: number;
  /** Call ssc.checkpoint(dir) before start (stateful operators need it). Default true. */
  checkpoint?: boolean;
}

export interface RunResult<U> {
  outputs: BatchOutput<U>[];
  infos: BatchInfo[];
  /** Records per output batch, for compact assertions. */
  records: U[][];
}

/** Several input streams (one queue each); `build` receives them in order. */
export async function runBatchesN<U>(
  inputs: unknown[][][],
  build: (streams: DStream<any>[], ssc: StreamingContext) => DStream<U>,
  options: RunOptions = {},
): Promise<RunResult<U>> {
  const { numBatches, checkpoint = true, ...contextOptions } = options;
  const ssc = new StreamingContext({
    batchIntervalMs: 1000,
    clock: "manual",
    out: () => {},
    ...contextOptions,
  });
  try {
    const streams = inputs.map((batches) => ssc.queueStream(batches.map((b) => [...b])));
    const outputs: BatchOutput<U>[] = [];
    build(streams, ssc).foreachRDD((rdd, timeMs) => {
      const partitions = rdd.collectPartitions();
      outputs.push({ timeMs, records: partitions.flat(), partitions });
    });
    if (checkpoint) ssc.checkpoint("/tmp/checkpoint");
    ssc.start();
    const infos = await ssc.advance(numBatches ?? Math.max(...inputs.map((b) => b.length)));
    return { outputs, infos, records: outputs.map((o) => o.records) };
  } finally {
    ssc.stop();
  }
}

/** One input stream of batches. */
export function runBatches<T, U>(
  input: T[][],
  build: (stream: DStream<T>, ssc: StreamingContext) => DStream<U>,
  options: RunOptions = {},
): Promise<RunResult<U>> {
  return runBatchesN<U>([input], (streams, ssc) => build(streams[0] as DStream<T>, ssc), options);
}

/** Sort pair records by key text, to compare outputs whose order depends on partitioning. */
export const byKey = <T>(records: T[]): T[] =>
  [...records].sort((a, b) =>
    JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0,
  );
