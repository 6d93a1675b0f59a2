// Spark's RDD semantics a streaming program meets inside transform/foreachRDD (core/src/main/scala/org/
// apache/spark/rdd/RDD.scala, PairRDDFunctions.scala, ParallelCollectionRDD.scala), DStream.print's exact
// format (DStream.scala), and queueStream (QueueInputDStream.scala; InputStreamsSuite's queue cases).
import { describe, expect, it } from "vitest";
import type { RDD } from "../../core/rdd/index";
import { StreamingContext } from "../../scheduler/StreamingContext";
import { SparkTestInputStream } from "./testSuiteBase.testkit";

const newContext = (out: (line: string) => void = () => {}) =>
  new StreamingContext({ batchIntervalMs: 1000, out });

describe("RDD (Spark's RDD.scala)", () => {
  const sc = newContext().sparkContext;

  it("parallelize slices like ParallelCollectionRDD.slice: [i*n/s, (i+1)*n/s)", () => {
    expect(sc.parallelize([1, 2, 3, 4, 5], 2).glom().collect()).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
    expect(sc.parallelize([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3).glom().collect()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9, 10],
    ]);
    expect(sc.parallelize([], 2).getNumPartitions()).toBe(2);
    expect(sc.parallelize([1], 3).glom().collect()).toEqual([[], [], [1]]);
  });

  it("reduce of an empty RDD: UnsupportedOperationException(empty collection)", () => {
    expect(() => sc.parallelize<number>([]).reduce((a, b) => a + b)).toThrow("empty collection");
    expect(() => sc.emptyRDD<number>().reduce((a, b) => a + b)).toThrow("empty collection");
  });

  it("first of an empty RDD: empty collection; first of a non-empty one is its first element", () => {
    expect(() => sc.parallelize<number>([], 2).first()).toThrow("empty collection");
    expect(sc.parallelize([[], [7, 8]].flat(), 2).first()).toBe(7);
  });

  it("take scans partitions in order; take(0) is empty", () => {
    const rdd = sc.parallelize([1, 2, 3, 4, 5], 2);
    expect(rdd.take(0)).toEqual([]);
    expect(rdd.take(3)).toEqual([1, 2, 3]);
    expect(rdd.take(10)).toEqual([1, 2, 3, 4, 5]);
  });

  it("count / isEmpty of empty RDDs", () => {
    expect(sc.emptyRDD().count()).toBe(0);
    expect(sc.emptyRDD().isEmpty()).toBe(true);
    expect(sc.emptyRDD().getNumPartitions()).toBe(0);
    expect(sc.parallelize([], 2).isEmpty()).toBe(true);
  });

  it("fold applies the zero value once per partition and once more when merging (Spark's fold)", () => {
    // RDD.fold: each partition folds from zeroValue, then the driver folds the partition results into
    // another zeroValue: fold(1)(+) over [1] | [2] = 1 + (1 + 1) + (1 + 2) = 6.
    expect(sc.parallelize([1, 2], 2).fold(1, (a, b) => a + b)).toBe(6);
  });

  it("hash partitioning: keys land where Spark's HashPartitioner puts them (nonNegativeMod of hashCode)", () => {
    const words = sc.parallelize(["a", "a", "b", ""]).map((w): [string, number] => [w, 1]);
    // "a".hashCode = 97 -> 1, "b" = 98 -> 0, "" = 0 -> 0
    expect(
      words
        .reduceByKey((a, b) => a + b, 2)
        .glom()
        .collect(),
    ).toEqual([
      [
        ["b", 1],
        ["", 1],
      ],
      [["a", 2]],
    ]);
    const ints = sc.parallelize([-1, 2, 3]).map((k): [number, number] => [k, k]);
    // -1 % 2 = -1 -> nonNegativeMod -> 1
    expect(ints.groupByKey(2).glom().collect()).toEqual(
      [
        [[2, [2]]],
        [
          [-1, [-1]],
          [3, [3]],
        ],
      ].map((p) => p),
    );
  });

  it("coalesce without shuffle cannot raise the partition count; repartition can", () => {
    const rdd = sc.parallelize([1, 2, 3, 4], 2);
    expect(rdd.coalesce(5).getNumPartitions()).toBe(2);
    expect(rdd.coalesce(1).collect()).toEqual([1, 2, 3, 4]);
    expect(rdd.repartition(5).getNumPartitions()).toBe(5);
    expect(
      rdd
        .repartition(5)
        .collect()
        .sort((a, b) => a - b),
    ).toEqual([1, 2, 3, 4]);
    expect(rdd.coalesce(3, true).getNumPartitions()).toBe(3);
  });

  it("joins pair every value with every value of the key, left values outer (PairRDDFunctions.join)", () => {
    const left = sc.parallelize<[string, number]>([
      ["a", 1],
      ["a", 2],
      ["b", 3],
    ]);
    const right = sc.parallelize<[string, string]>([
      ["a", "x"],
      ["a", "y"],
      ["c", "z"],
    ]);
    const a = [
      ["a", [1, "x"]],
      ["a", [1, "y"]],
      ["a", [2, "x"]],
      ["a", [2, "y"]],
    ];
    const only = (key: string, rdd: RDD<[string, unknown]>) => rdd.collect().filter(([k]) => k === key);
    expect(only("a", left.join(right))).toEqual(a);
    expect(left.join(right).count()).toBe(4);
    expect(only("b", left.leftOuterJoin(right))).toEqual([["b", [3, undefined]]]);
    expect(only("a", left.leftOuterJoin(right))).toEqual(a);
    expect(only("c", left.rightOuterJoin(right))).toEqual([["c", [undefined, "z"]]]);
    expect(left.fullOuterJoin(right).count()).toBe(6);
  });

  it("coalesce(0): require(numPartitions > 0)", () => {
    expect(() => sc.parallelize([1, 2]).coalesce(0)).toThrow(
      "requirement failed: Number of partitions (0) must be positive.",
    );
  });

  it("repartition(0) is coalesce(0, shuffle = true): the same message", () => {
    // RDD.repartition(n) = coalesce(n, shuffle = true), whose first line is
    // require(numPartitions > 0, s"Number of partitions ($numPartitions) must be positive.").
    expect(() => sc.parallelize([1, 2]).repartition(0)).toThrow(
      "requirement failed: Number of partitions (0) must be positive.",
    );
  });

  it("reduceByKey(f, -1): HashPartitioner's message", () => {
    // new HashPartitioner(-1): require(partitions >= 0, "Number of partitions (-1) cannot be negative.").
    // 0 partitions are accepted by Spark's HashPartitioner and fail later with "/ by zero"; the engine
    // refuses 0 at once (a documented difference).
    const pairs = sc.parallelize<[string, number]>([["a", 1]]);
    expect(() => pairs.reduceByKey((a, b) => a + b, -1).collect()).toThrow(
      /^requirement failed: Number of partitions \(-1\) cannot be negative\.$/,
    );
    expect(() => pairs.reduceByKey((a, b) => a + b, 0)).toThrow(
      "requirement failed: Number of partitions (0) cannot be negative or zero.",
    );
  });

  it("union concatenates partitions", () => {
    const u = sc.parallelize([1, 2], 2).union(sc.parallelize([3], 1));
    expect(u.getNumPartitions()).toBe(3);
    expect(u.collect()).toEqual([1, 2, 3]);
  });

  it("sortBy / sortByKey, ascending and descending", () => {
    const rdd = sc.parallelize([3, 1, 2, 5, 4], 2);
    expect(rdd.sortBy((x) => x).collect()).toEqual([1, 2, 3, 4, 5]);
    expect(rdd.sortBy((x) => x, false).collect()).toEqual([5, 4, 3, 2, 1]);
    const pairs = sc.parallelize<[string, number]>([
      ["b", 1],
      ["a", 2],
      ["c", 3],
    ]);
    expect(pairs.sortByKey().keys().collect()).toEqual(["a", "b", "c"]);
    expect(pairs.sortByKey(false).values().collect()).toEqual([3, 1, 2]);
  });

  it("distinct treats equal tuples as one value", () => {
    const rdd = sc.parallelize<[string, number]>([
      ["a", 1],
      ["a", 1],
      ["b", 2],
    ]);
    expect(rdd.distinct().count()).toBe(2);
  });

  it("toDebugString: lineage with (numPartitions), '+-' at shuffles and ' |' for narrow parents", () => {
    const rdd = sc
      .parallelize([1, 2, 3, 4], 2)
      .map((x): [number, number] => [x % 2, x])
      .reduceByKey((a, b) => a + b)
      .map((x) => x);
    const lines = rdd.toDebugString().split("\n");
    expect(lines.map((l) => l.replace(/\[\d+\]/, "[#]"))).toEqual([
      "(2) MapPartitionsRDD[#] at map []",
      " |  ShuffledRDD[#] at reduceByKey []",
      " +-(2) MapPartitionsRDD[#] at map []",
      "    |  ParallelCollectionRDD[#] at parallelize []",
    ]);
  });

  it("toDebugString shows the storage level of the RDD it is called on, on every line (Spark's quirk)", () => {
    // RDD.toDebugString's debugSelf uses `storageLevel` of the outer RDD, not of each ancestor, so a
    // cached parent shows [] under an uncached child, and every line of a cached RDD's lineage shows
    // [Memory Deserialized 1x Replicated] (plus "CachedPartitions: ..." lines once computed).
    const parent = sc.parallelize([1, 2], 2).map((x) => x);
    parent.cache();
    const child = parent.filter((x) => x > 0);
    expect(child.toDebugString()).not.toContain("Memory Deserialized");
    const own = parent.toDebugString().split("\n");
    expect(own).toHaveLength(2);
    for (const line of own) expect(line).toContain("[Memory Deserialized 1x Replicated]");
    child.collect();
    expect(child.toDebugString().split("\n")[2]).toMatch(
      /^ \| {6}CachedPartitions: 2; MemorySize: [\d.]+ B; DiskSize: 0\.0 B$/,
    );
  });
});

describe("DStream.print (Spark's format)", () => {
  const printed = async (batches: unknown[][], num?: number) => {
    const lines: string[] = [];
    const ssc = newContext((l) => lines.push(l));
    new SparkTestInputStream(ssc, batches).print(num);
    ssc.start();
    await ssc.advance(batches.length);
    ssc.stop();
    return lines;
  };
  const header = (t: number) => [
    "-------------------------------------------",
    `Time: ${t} ms`,
    "-------------------------------------------",
  ];

  it("an empty batch prints its header and a blank line", async () => {
    expect(await printed([[]])).toEqual([...header(1000), ""]);
  });

  it("takes num + 1 and prints ... when there are more than num", async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => i);
    expect(await printed([eleven])).toEqual([...header(1000), ...eleven.slice(0, 10).map(String), "...", ""]);
    expect(await printed([eleven.slice(0, 10)])).toEqual([
      ...header(1000),
      ...eleven.slice(0, 10).map(String),
      "",
    ]);
    expect(await printed([[1, 2, 3]], 2)).toEqual([...header(1000), "1", "2", "...", ""]);
  });

  it("tuples print as Scala tuples, nested; undefined as None", async () => {
    expect(
      await printed([
        [
          ["a", 1],
          ["b", ["x", undefined]],
        ],
      ]),
    ).toEqual([...header(1000), "(a,1)", "(b,(x,None))", ""]);
  });

  it("count of an empty batch prints 0", async () => {
    const lines: string[] = [];
    const ssc = newContext((l) => lines.push(l));
    new SparkTestInputStream(ssc, [[]]).count().print();
    ssc.start();
    await ssc.advance(1);
    ssc.stop();
    expect(lines).toEqual([...header(1000), "0", ""]);
  });
});

describe("queueStream (QueueInputDStream.scala)", () => {
  const collectBatches = async <T>(
    build: (ssc: StreamingContext) => { queue: (T[] | RDD<T>)[]; oneAtATime?: boolean; defaultRDD?: T[] },
    steps: ((queue: (T[] | RDD<T>)[], ssc: StreamingContext) => void)[],
  ) => {
    const ssc = newContext();
    const { queue, oneAtATime, defaultRDD } = build(ssc);
    const out: T[][] = [];
    ssc.queueStream(queue, oneAtATime, defaultRDD).foreachRDD((rdd) => void out.push(rdd.collect()));
    ssc.start();
    for (const step of steps) {
      step(queue, ssc);
      await ssc.advance(1);
    }
    ssc.stop();
    return out;
  };

  it("oneAtATime = true: one queued RDD per batch even when several are queued; then empty batches", async () => {
    const input = ["1", "2", "3", "4", "5"];
    let next = 0;
    const enqueueTwo = (queue: (string[] | RDD<string>)[], ssc: StreamingContext) => {
      for (const s of input.slice(next, next + 2)) queue.push(ssc.sparkContext.makeRDD([s]));
      next += 2;
    };
    const out = await collectBatches<string>(
      () => ({ queue: [], oneAtATime: true }),
      Array(7).fill(enqueueTwo),
    );
    expect(out).toEqual([["1"], ["2"], ["3"], ["4"], ["5"], [], []]);
  });

  it("oneAtATime = false: everything queued since the last batch is unioned into the next batch", async () => {
    const out = await collectBatches<string>(
      () => ({ queue: [], oneAtATime: false }),
      [
        (q, ssc) => q.push(...["1", "2", "3"].map((s) => ssc.sparkContext.makeRDD([s]))),
        (q, ssc) => q.push(...["4", "5"].map((s) => ssc.sparkContext.makeRDD([s]))),
        () => {},
      ],
    );
    expect(out).toEqual([["1", "2", "3"], ["4", "5"], []]);
  });

  it("an empty queue gives the default RDD when there is one", async () => {
    const out = await collectBatches<number>(
      () => ({ queue: [[1]], oneAtATime: true, defaultRDD: [0] }),
      [() => {}, () => {}, (q) => q.push([2]), () => {}],
    );
    expect(out).toEqual([[1], [0], [2], [0]]);
  });
});
