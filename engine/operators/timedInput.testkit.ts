// Test-only (never imported by production code): Spark's TestSuiteBase input, whose batch for time t is
// input[(t - zeroTime) / interval - 1] whether or not anything read the earlier times. A queueStream
// instead hands out its next batch whenever it is computed, so a window that skips times (slide > window)
// would shift the input; window tests that skip batches use this stream.
import type { DStream } from "../core/DStream";
import type { RDD } from "../core/rdd/index";
import type { StreamingContext } from "../scheduler/StreamingContext";
import { InputDStream } from "../sources/InputDStream";
import { type RunOptions, type RunResult, runBatchesN } from "../testing/runBatches";

export class TestInputStream<T> extends InputDStream<T> {
  constructor(
    ssc: StreamingContext,
    private readonly input: T[][],
  ) {
    super(ssc, "TestInputStream");
  }

  compute(timeMs: number): RDD<T> {
    const batch = this.input[(timeMs - this.zeroTime!) / this.slideDuration - 1] ?? [];
    this.reportInputRecords(timeMs, batch.length);
    return this.ssc.sparkContext.parallelize(batch);
  }
}

/** As runBatches, with the input read by batch time (TestInputStream) instead of from a queue. */
export function runTimedBatches<T, U>(
  input: T[][],
  build: (stream: DStream<T>, ssc: StreamingContext) => DStream<U>,
  options: RunOptions = {},
): Promise<RunResult<U>> {
  return runBatchesN<U>([], (_, ssc) => build(new TestInputStream(ssc, input), ssc), {
    numBatches: input.length,
    ...options,
  });
}
