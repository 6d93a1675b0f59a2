// Shared by the StreamingContextSuite files: contexts on the manual clock that every test's afterEach stops.
import type { DStream } from "../../core/DStream";
import { SparkTestInputStream } from "../../operators/sparkSuites/testSuiteBase.testkit";
import { StreamingContext } from "../StreamingContext";

const contexts: StreamingContext[] = [];

export const newContext = (batchIntervalMs = 500) =>
  stopAfterTest(new StreamingContext({ batchIntervalMs, out: () => {} }));

/** Stops `ssc` in the test's afterEach (stopContexts). */
export function stopAfterTest(ssc: StreamingContext): StreamingContext {
  contexts.push(ssc);
  return ssc;
}

/** Spark's addInputStream(ssc).register(): a test input with an output. */
export const addInputStream = (ssc: StreamingContext): DStream<number> =>
  new SparkTestInputStream<number>(ssc, [[1], [2], [3]]);

/** For afterEach: stops every context newContext made. */
export function stopContexts(): void {
  for (const ssc of contexts.splice(0)) ssc.stop();
}
