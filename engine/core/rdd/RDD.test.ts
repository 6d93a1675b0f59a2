import { describe, expect, it } from "vitest";
import { SparkContext } from "../SparkContext";
import "./index";

const sc = () => new SparkContext(2);

describe("RDD", () => {
  it("parallelize slices contiguously like Spark", () => {
    const rdd = sc().parallelize([1, 2, 3, 4, 5], 3);
    expect(rdd.getNumPartitions()).toBe(3);
    expect(rdd.glom().collect()).toEqual([[1], [2, 3], [4, 5]]);
  });

  it("toDebugString draws Spark's lineage, stages marked with +-", () => {
    const counts = sc()
      .parallelize(["a b", "b"])
      .flatMap((l) => l.split(" "))
      .map((w): [string, number] => [w, 1])
      .reduceByKey((a, b) => a + b);
    expect(counts.toDebugString()).toBe(
      [
        "(2) ShuffledRDD[3] at reduceByKey []",
        " +-(2) MapPartitionsRDD[2] at map []",
        "    |  MapPartitionsRDD[1] at flatMap []",
        "    |  ParallelCollectionRDD[0] at parallelize []",
      ].join("\n"),
    );
  });

  it("toDebugString shows every parent of a union, the outer RDD's storage level and cached partitions", () => {
    const c = sc();
    const a = c.parallelize([1], 1).cache();
    const u = a.union(c.parallelize([2], 1));
    // Spark's debugSelf prints the outer RDD's storage level on every line: the uncached union shows [].
    expect(u.toDebugString()).toBe(
      [
        "(2) UnionRDD[2] at union []",
        " |  ParallelCollectionRDD[0] at parallelize []",
        " |  ParallelCollectionRDD[1] at parallelize []",
      ].join("\n"),
    );
    u.collect();
    expect(u.toDebugString().split("\n")[2]).toBe(
      " |      CachedPartitions: 1; MemorySize: 40.0 B; DiskSize: 0.0 B",
    );
    u.cache();
    expect(u.toDebugString().split("\n")).toEqual([
      "(2) UnionRDD[2] at union [Memory Deserialized 1x Replicated]",
      " |  ParallelCollectionRDD[0] at parallelize [Memory Deserialized 1x Replicated]",
      " |      CachedPartitions: 1; MemorySize: 40.0 B; DiskSize: 0.0 B",
      " |  ParallelCollectionRDD[1] at parallelize [Memory Deserialized 1x Replicated]",
    ]);
  });

  it("reduce of an empty RDD fails with Spark's message; first too", () => {
    const empty = sc().parallelize<number>([]);
    expect(() => empty.reduce((a, b) => a + b)).toThrow("empty collection");
    expect(() => empty.first()).toThrow("empty collection");
    expect(empty.isEmpty()).toBe(true);
    expect(sc().emptyRDD().getNumPartitions()).toBe(0);
  });

  it("actions: count, take, first, reduce, fold, countByValue", () => {
    const rdd = sc().parallelize([3, 1, 3, 2]);
    expect(rdd.count()).toBe(4);
    expect(rdd.take(3)).toEqual([3, 1, 3]);
    expect(rdd.first()).toBe(3);
    expect(rdd.reduce((a, b) => a + b)).toBe(9);
    expect(rdd.fold(0, (a, b) => a + b)).toBe(9);
    expect([...rdd.countByValue()]).toEqual([
      [3, 2],
      [1, 1],
      [2, 1],
    ]);
  });

  it("distinct, sortBy, sortByKey (desc), keys, values", () => {
    const c = sc();
    expect(
      c
        .parallelize([3, 1, 3, 2])
        .distinct()
        .collect()
        .sort((a, b) => a - b),
    ).toEqual([1, 2, 3]);
    expect(
      c
        .parallelize(["bb", "a", "ccc"])
        .sortBy((s) => s.length, false)
        .collect(),
    ).toEqual(["ccc", "bb", "a"]);
    const pairs = c.parallelize<[string, number]>([
      ["b", 2],
      ["a", 1],
      ["c", 3],
    ]);
    expect(pairs.sortByKey().collect()).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    expect(pairs.sortByKey(false).keys().collect()).toEqual(["c", "b", "a"]);
    expect(pairs.values().collect()).toEqual([2, 1, 3]);
  });

  it("coalesce merges partitions without a shuffle; repartition shuffles", () => {
    const rdd = sc().parallelize([1, 2, 3, 4, 5, 6], 4);
    const merged = rdd.coalesce(2);
    expect(merged.glom().collect()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(merged.toDebugString()).not.toContain("+-");
    expect(rdd.repartition(3).toDebugString()).toContain("+-(4)");
    expect(rdd.repartition(3).getNumPartitions()).toBe(3);
  });

  it("RDD joins give undefined for a missing side", () => {
    const c = sc();
    const l = c.parallelize<[string, number]>([
      ["a", 1],
      ["b", 2],
    ]);
    const r = c.parallelize<[string, string]>([["a", "x"]]);
    expect(l.join(r).collect()).toEqual([["a", [1, "x"]]]);
    expect(l.leftOuterJoin(r).sortByKey().collect()).toEqual([
      ["a", [1, "x"]],
      ["b", [2, undefined]],
    ]);
    expect(r.rightOuterJoin(l).sortByKey().collect()).toEqual([
      ["a", ["x", 1]],
      ["b", [undefined, 2]],
    ]);
  });

  it("a persisted RDD computes each partition once", () => {
    let calls = 0;
    const rdd = sc()
      .parallelize([1, 2, 3])
      .map((x) => {
        calls++;
        return x;
      })
      .persist();
    rdd.collect();
    rdd.count();
    expect(calls).toBe(3);
  });

  it("trackRecordCount knows the count once every partition has been computed", () => {
    const rdd = sc()
      .parallelize([1, 2, 3])
      .filter((x) => x > 1)
      .trackRecordCount();
    expect(rdd.knownCount()).toBeUndefined();
    rdd.collect();
    expect(rdd.knownCount()).toBe(2);
  });
});
