// Test-only port of Spark's TestSuiteBase (streaming/src/test/.../TestSuiteBase.scala): batch interval 1 s,
// manual clock, TestInputStream whose RDD at time t is input[(t - zeroTime) / interval - 1] in 2 partitions
// (a `null` batch means "no RDD", Spark's None), a TestOutputStream collecting rdd.collect() per batch, and
// testOperation comparing per batch in order, or as sets with useSet (Spark compares `toSet`).
import { expect } from "vitest";
import type { DStream } from "../../core/DStream";
import type { RDD } from "../../core/rdd/index";
import { StreamingContext } from "../../scheduler/StreamingContext";
import { InputDStream } from "../../sources/InputDStream";

export class SparkTestInputStream<T> extends InputDStream<T> {
  constructor(
    ssc: StreamingContext,
    private readonly input: readonly (readonly T[] | null)[],
    private readonly numPartitions = 2,
  ) {
    super(ssc, "TestInputStream");
  }

  compute(timeMs: number): RDD<T> | undefined {
    const index = (timeMs - this.zeroTime!) / this.slideDuration - 1;
    const batch = index < this.input.length ? this.input[index] : [];
    if (batch === null) return undefined;
    return this.ssc.sparkContext.parallelize([...batch], this.numPartitions);
  }
}

export interface SuiteRun<U> {
  /** rdd.collect() of every batch where the operated stream produced an RDD. */
  output: U[][];
  times: number[];
  ssc: StreamingContext;
}

/** Build the graph on N test input streams, run numBatches on the manual clock, collect the output. */
export async function runStreams<U>(
  inputs: readonly (readonly (readonly unknown[] | null)[])[],
  operation: (streams: DStream<any>[], ssc: StreamingContext) => DStream<U>,
  numBatches: number,
  options: { checkpoint?: boolean; batchIntervalMs?: number } = {},
): Promise<SuiteRun<U>> {
  const ssc = new StreamingContext({
    batchIntervalMs: options.batchIntervalMs ?? 1000,
    clock: "manual",
    out: () => {},
  });
  const output: U[][] = [];
  const times: number[] = [];
  try {
    const streams = inputs.map((input) => new SparkTestInputStream(ssc, input));
    operation(streams, ssc).foreachRDD((rdd, t) => {
      output.push(rdd.collect());
      times.push(t);
    });
    if (options.checkpoint ?? true) ssc.checkpoint("/tmp/spark-suite-checkpoint");
    ssc.start();
    await ssc.advance(numBatches);
    return { output, times, ssc };
  } finally {
    ssc.stop();
  }
}

const text = (x: unknown): string => JSON.stringify(x) ?? "undefined";
/** A batch as a set, compared by value (Spark's `toSet`): distinct, sorted by its JSON. */
export const asSet = <T>(batch: readonly T[]): T[] => {
  const seen = new Map<string, T>();
  for (const r of batch) seen.set(text(r), r);
  return [...seen.keys()].sort().map((k) => seen.get(k)!);
};

/** Spark's testOperation: numBatches defaults to the expected output's length. */
export async function testOperation<T, U>(
  input: readonly (readonly T[] | null)[],
  operation: (s: DStream<T>, ssc: StreamingContext) => DStream<U>,
  expected: readonly (readonly U[])[],
  useSet = false,
  numBatches = expected.length,
): Promise<SuiteRun<U>> {
  const run = await runStreams([input], (s, ssc) => operation(s[0] as DStream<T>, ssc), numBatches);
  verifyOutput(run.output, expected, useSet);
  return run;
}

/** Two-input testOperation (Spark's overload with inputData1, inputData2). */
export async function testOperation2<A, B, U>(
  input1: readonly (readonly A[] | null)[],
  input2: readonly (readonly B[] | null)[],
  operation: (s1: DStream<A>, s2: DStream<B>) => DStream<U>,
  expected: readonly (readonly U[])[],
  useSet = false,
  numBatches = expected.length,
): Promise<SuiteRun<U>> {
  const run = await runStreams(
    [input1, input2],
    (s) => operation(s[0] as DStream<A>, s[1] as DStream<B>),
    numBatches,
  );
  verifyOutput(run.output, expected, useSet);
  return run;
}

export function verifyOutput<U>(
  output: readonly (readonly U[])[],
  expected: readonly (readonly U[])[],
  useSet: boolean,
): void {
  expect(output.length).toBe(expected.length);
  if (useSet) expect(output.map(asSet)).toEqual(expected.map(asSet));
  else expect(output).toEqual(expected);
}

/** Inclusive integer range, Scala's `a to b`. */
export const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
