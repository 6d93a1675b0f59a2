import { describe, expect, it } from "vitest";
import { StreamingContext } from "../scheduler/StreamingContext";
import { runBatches, runBatchesN } from "../testing/runBatches";

describe("transform / transformWith / union", () => {
  it("transform gets each RDD and its batch time", async () => {
    const { records } = await runBatches([[3, 1, 2], [5]], (s) =>
      s.transform((rdd, t) => rdd.sortBy((x) => x).map((x) => `${t}:${x}`)),
    );
    expect(records).toEqual([["1000:1", "1000:2", "1000:3"], ["2000:5"]]);
  });

  it("transform can join with a static RDD from sparkContext.parallelize", async () => {
    const { records } = await runBatches([["a", "b"]], (s, ssc) => {
      const table = ssc.sparkContext.parallelize<[string, string]>([["a", "apple"]]);
      return s.map((w): [string, number] => [w, 1]).transform((rdd) => rdd.leftOuterJoin(table).sortByKey());
    });
    expect(records).toEqual([
      [
        ["a", [1, "apple"]],
        ["b", [1, undefined]],
      ],
    ]);
  });

  it("transformWith combines two streams at the same time", async () => {
    const { records } = await runBatchesN([[[1, 2]], [[10]]], ([a, b]) =>
      a.transformWith(b, (x, y) => x.union(y)),
    );
    expect(records).toEqual([[1, 2, 10]]);
  });

  it("a transform returning nothing fails with Spark's message", async () => {
    await expect(runBatches([[1]], (s) => s.transform(() => undefined as never))).rejects.toThrow(
      "Transform function must not return null. Return SparkContext.emptyRDD() instead",
    );
  });

  it("union and ssc.union concatenate the partitions of both streams", async () => {
    const { records, outputs } = await runBatchesN([[[1, 2]], [[3]]], ([a, b]) => a.union(b));
    expect(records).toEqual([[1, 2, 3]]);
    expect(outputs[0].partitions).toHaveLength(4);
    const three = await runBatchesN([[[1]], [[2]], [[3]]], (streams, ssc) => ssc.union(streams));
    expect(three.records).toEqual([[1, 2, 3]]);
  });

  it("union refuses an empty list with Spark's message", () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000 });
    expect(() => ssc.union([])).toThrow("requirement failed: List of DStreams to union is empty");
  });
});
