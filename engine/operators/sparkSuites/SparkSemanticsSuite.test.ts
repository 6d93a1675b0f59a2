// Further Spark behaviours pinned down from the sources (no suite of their own in Spark's tests):
// DStream.scala, UnionDStream.scala, StateDStream.scala, MapWithStateRDD.scala, SparkContext.union,
// ParallelCollectionRDD.slice and StreamingContext.rddToFileName.
import { describe, expect, it } from "vitest";
import type { DStream } from "../../core/DStream";
import { StreamingContext } from "../../scheduler/StreamingContext";
import { InMemoryFileSystem } from "../../sinks/fileSystem";
import { StateSpec } from "../StateSpec";
import { runStreams, SparkTestInputStream, testOperation } from "./testSuiteBase.testkit";

const sum = (a: number, b: number) => a + b;
const withContext = <R>(f: (ssc: StreamingContext) => R, batchIntervalMs = 1000): R => {
  const ssc = new StreamingContext({ batchIntervalMs, out: () => {} });
  try {
    return f(ssc);
  } finally {
    ssc.stop();
  }
};

describe("DStream construction checks (UnionDStream.scala, TransformedDStream.scala)", () => {
  it("ssc.union of no streams", () => {
    expect(() => withContext((ssc) => ssc.union([]))).toThrow(
      "requirement failed: List of DStreams to union is empty",
    );
  });

  it("union of streams from different contexts", () => {
    const other = new StreamingContext({ batchIntervalMs: 1000, out: () => {} });
    const foreign = new SparkTestInputStream<number>(other, []);
    expect(() => withContext((ssc) => new SparkTestInputStream<number>(ssc, []).union(foreign))).toThrow(
      "requirement failed: Some of the DStreams have different contexts",
    );
    other.stop();
  });

  it("transformWith across different slide durations", () => {
    expect(() =>
      withContext((ssc) => {
        const s = new SparkTestInputStream<number>(ssc, []);
        return s.transformWith(s.window(3000, 3000), (a) => a);
      }),
    ).toThrow("requirement failed: Some of the DStreams have different slide durations");
  });

  it("window(windowMs) slides with the parent; a window of a window keeps the outer slide", () => {
    withContext((ssc) => {
      const s = new SparkTestInputStream<number>(ssc, []);
      expect(s.window(3000).slideDuration).toBe(1000);
      expect(s.window(4000, 2000).window(4000).slideDuration).toBe(2000);
    });
  });
});

describe("numPartitions of the window/state operators (new HashPartitioner(n) at the call)", () => {
  const message = "requirement failed: Number of partitions (-1) cannot be negative.";
  const onPairs = (f: (s: DStream<[string, number]>) => unknown) => () =>
    withContext((ssc) => f(new SparkTestInputStream<[string, number]>(ssc, [])));

  it("updateStateByKey", () => {
    expect(onPairs((s) => s.updateStateByKey((v: number[]) => v.length, -1))).toThrow(message);
    expect(onPairs((s) => s.updateStateByKey((v: number[]) => v.length, { numPartitions: -1 }))).toThrow(
      message,
    );
  });

  it("reduceByKeyAndWindow, with and without inverse; countByValueAndWindow", () => {
    expect(onPairs((s) => s.reduceByKeyAndWindow(sum, 2000, 1000, -1))).toThrow(message);
    expect(onPairs((s) => s.reduceByKeyAndWindow(sum, (a, b) => a - b, 2000, 1000, -1))).toThrow(message);
    expect(onPairs((s) => s.countByValueAndWindow(2000, 1000, -1))).toThrow(message);
  });
});

describe("default checkpoint intervals (DStream.initialize: slide x ceil(10 s / slide))", () => {
  const checkpointOf = (batchMs: number, build: (s: DStream<[string, number]>) => DStream<unknown>) =>
    withContext((ssc) => {
      const stream = build(new SparkTestInputStream<[string, number]>(ssc, []));
      stream.foreachRDD(() => {});
      ssc.checkpoint("/tmp/checkpoint");
      ssc.start();
      return [stream.checkpointDuration, stream.rememberDuration];
    }, batchMs);

  it("updateStateByKey at 1 s: 10 s, remembering twice that", () => {
    expect(
      checkpointOf(1000, (s) => s.updateStateByKey((v: number[], st?: number) => (st ?? 0) + v.length)),
    ).toEqual([10_000, 20_000]);
  });

  it("updateStateByKey at 3 s: 12 s (the next multiple of the slide)", () => {
    expect(
      checkpointOf(3000, (s) => s.updateStateByKey((v: number[], st?: number) => (st ?? 0) + v.length)),
    ).toEqual([12_000, 24_000]);
  });

  it("reduceByKeyAndWindow with inverse at 1 s: 10 s", () => {
    expect(checkpointOf(1000, (s) => s.reduceByKeyAndWindow(sum, (a, b) => a - b, 3000, 1000))[0]).toBe(
      10_000,
    );
  });
});

describe("partitions", () => {
  it("DStream.reduce reduces into 1 partition (Spark: map((null, _)).reduceByKey(f, 1))", async () => {
    const parts: number[] = [];
    const run = await runStreams(
      [[[1, 2, 3, 4]]],
      ([s]) => {
        const r = (s as DStream<number>).reduce(sum);
        r.foreachRDD((rdd) => void parts.push(rdd.getNumPartitions()));
        return r;
      },
      1,
    );
    expect(run.output).toEqual([[10]]);
    expect(parts).toEqual([1]);
  });

  it("parallelize with 0 slices: IllegalArgumentException's bare message (no 'requirement failed')", () => {
    withContext((ssc) => {
      expect(() => ssc.sparkContext.parallelize([1, 2], 0).collect()).toThrow(
        "Positive number of partitions required",
      );
    });
  });

  it("parallelize with 0 slices: exactly Spark's message", () => {
    // ParallelCollectionRDD.slice throws IllegalArgumentException("Positive number of partitions required")
    // (not require(...)), so the message has no "requirement failed: " prefix.
    withContext((ssc) => {
      expect(() => ssc.sparkContext.parallelize([1, 2], 0).collect()).toThrow(
        /^Positive number of partitions required$/,
      );
    });
  });

  it("union of RDDs with the same partitioner keeps it (SparkContext.union -> PartitionerAwareUnionRDD)", () => {
    // Spark: when every RDD has the same partitioner, sc.union / rdd.union build a PartitionerAwareUnionRDD
    // with that partitioner's partition count (partition i = every parent's partition i); so the union of
    // two reduceByKey RDDs with 2 partitions has 2 partitions, not 4.
    withContext((ssc) => {
      const sc = ssc.sparkContext;
      const a = sc.parallelize<[string, number]>([["a", 1]]).reduceByKey(sum, 2);
      const b = sc.parallelize<[string, number]>([["b", 1]]).reduceByKey(sum, 2);
      const u = a.union(b);
      expect(u.getNumPartitions()).toBe(2);
      expect(u.partitioner).toEqual({ kind: "hash", numPartitions: 2 });
      // "a" (97) and "b" (98) land in partitions 1 and 0 of both parents
      expect(u.glom().collect()).toEqual([[["b", 1]], [["a", 1]]]);
      expect(u.toDebugString().split("\n")[0]).toMatch(/^\(2\) PartitionerAwareUnionRDD\[\d+\] at union/);
      // mapValues and filter keep the partitioner (preservesPartitioning); map does not
      expect(
        a
          .mapValues((v) => v + 1)
          .union(b.filter(() => true))
          .getNumPartitions(),
      ).toBe(2);
      expect(
        a
          .map((x) => x)
          .union(b)
          .getNumPartitions(),
      ).toBe(4);
      // different partition counts are different partitioners: a plain UnionRDD
      const c = sc.parallelize<[string, number]>([["c", 1]]).reduceByKey(sum, 3);
      expect(a.union(c).getNumPartitions()).toBe(5);
      // empty RDDs are dropped before choosing (SparkContext.union's nonEmptyRdds)
      expect(sc.union([a, sc.emptyRDD<[string, number]>(), b]).getNumPartitions()).toBe(2);
    });
  });

  it("updateStateByKey and reduceByKeyAndWindow(invFunc) keep their partitioner, so unions of them do too", async () => {
    // StateDStream: mapPartitions(finalFunc, preservePartitioning = true); ReducedWindowedDStream:
    // cogroupedRDD.mapValues(mergeValues). Both keep HashPartitioner(2).
    const parts: number[] = [];
    await runStreams(
      [[["a"], ["b"], ["a"]]],
      ([s]) => {
        const pairs = (s as DStream<string>).map((w): [string, number] => [w, 1]);
        const state = pairs.updateStateByKey((v: number[], st?: number) => (st ?? 0) + v.length, {
          numPartitions: 2,
        });
        const windowed = pairs.reduceByKeyAndWindow(sum, (a, b) => a - b, 2000, 1000, 2);
        const both = state.union(windowed);
        both.foreachRDD((rdd) => void parts.push(rdd.getNumPartitions()));
        return both;
      },
      3,
    );
    expect(parts).toEqual([2, 2, 2]);
  });

  it("union and window of shuffled streams keep the partition count (UnionDStream / WindowedDStream)", async () => {
    const parts: number[] = [];
    await runStreams(
      [
        [["a", "b"], ["a"]],
        [["b", "c"], ["c"]],
      ],
      ([s, t]) => {
        const counted = (x: DStream<unknown>) =>
          (x as DStream<string>).map((w): [string, number] => [w, 1]).reduceByKey(sum, 2);
        const both = counted(s).union(counted(t)).window(2000, 1000);
        both.foreachRDD((rdd) => void parts.push(rdd.getNumPartitions()));
        return both;
      },
      2,
    );
    expect(parts).toEqual([2, 2]);
  });
});

describe("updateStateByKey / mapWithState details", () => {
  it("no previous state and no parent RDD: no state RDD (StateDStream: 'nothing to do')", async () => {
    const run = await runStreams(
      [[null, ["a"], null]],
      ([s]) =>
        (s as DStream<string>)
          .map((x): [string, number] => [x, 1])
          .updateStateByKey((v: number[], st?: number) => (st ?? 0) + v.length),
      3,
    );
    expect(run.times).toEqual([2000, 3000]);
    expect(run.output).toEqual([[["a", 1]], [["a", 1]]]);
  });

  it("initial state with a None first batch waits for the first parent RDD", () =>
    testOperation(
      [null, ["a"]],
      (s) =>
        s
          .map((x): [string, number] => [x, 1])
          .updateStateByKey((v: number[], st?: number) => (st ?? 0) + v.length, { initialState: [["b", 5]] }),
      [
        [
          ["a", 1],
          ["b", 5],
        ],
      ],
      true,
      2,
    ));

  it("mapWithState with a timeout: a key that gets data is kept alive even if the function does not update it", async () => {
    // MapWithStateRDDRecord: when a timeout is set, an existing state seen this batch is re-put with the
    // batch time, so only keys without data time out.
    const outputs: { t: number; keys: string[] }[] = [];
    await runStreams(
      [[["a", "b"], ["a"], ["a"], ["a"], ["a"], ["a"]]],
      ([s]) => {
        const stream = (s as DStream<string>)
          .map((x): [string, number] => [x, 1])
          .mapWithState(
            StateSpec.function<string, number, number, string>((key, _value, state) => {
              if (!state.exists()) state.update(1);
              return state.isTimingOut() ? key : undefined;
            }).timeout(2000),
          )
          .checkpoint(1000);
        stream.foreachRDD((rdd, t) => void outputs.push({ t, keys: rdd.collect() }));
        return stream;
      },
      6,
    );
    expect(outputs.filter((o) => o.keys.length > 0)).toEqual([{ t: 4000, keys: ["b"] }]);
  });
});

describe("saveAsTextFiles (StreamingContext.rddToFileName)", () => {
  const save = async (prefix: string, suffix?: string) => {
    const fs = new InMemoryFileSystem();
    const ssc = new StreamingContext({ batchIntervalMs: 1000, out: () => {}, fileSystem: fs });
    new SparkTestInputStream(ssc, [
      [
        ["a", 1],
        ["b", 2],
      ],
    ]).saveAsTextFiles(prefix, suffix);
    ssc.start();
    await ssc.advance(1);
    ssc.stop();
    return fs;
  };

  it("prefix-TIME[.suffix]/part-NNNNN per partition, records as Scala prints them", async () => {
    const fs = await save("out/words", "txt");
    expect(fs.list()).toEqual([
      "out/words-1000.txt/_SUCCESS",
      "out/words-1000.txt/part-00000",
      "out/words-1000.txt/part-00001",
    ]);
    expect(fs.readFile("out/words-1000.txt/part-00000")).toBe("(a,1)\n");
  });

  it("an empty prefix names the directory by the time alone", async () => {
    // rddToFileName adds "prefix-" only when the prefix is non-empty: prefix "" gives "1000".
    const fs = await save("");
    expect(fs.list()[0]).toBe("1000/_SUCCESS");
    expect((await save("", "txt")).list()[0]).toBe("1000.txt/_SUCCESS");
  });
});
