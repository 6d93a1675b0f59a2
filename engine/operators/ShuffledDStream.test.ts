import { describe, expect, it } from "vitest";
import { hashKey } from "../core/hash";
import { byKey, runBatches } from "../testing/runBatches";

type P = [string, number];
const pairs = (words: string) => words.split(" ").map((w): P => [w, 1]);

describe("reduceByKey / groupByKey / combineByKey", () => {
  it("reduceByKey sums per key within each batch only", async () => {
    const { records } = await runBatches([pairs("a b a c a"), [], pairs("b b")], (s) =>
      s.reduceByKey((x, y) => x + y),
    );
    expect(records.map(byKey)).toEqual([
      [
        ["a", 3],
        ["b", 1],
        ["c", 1],
      ],
      [],
      [["b", 2]],
    ]);
  });

  it("hash-partitions keys as Spark's HashPartitioner (Java String.hashCode mod n)", async () => {
    expect(hashKey("a")).toBe(97);
    expect(hashKey("hello")).toBe(99162322); // "hello".hashCode() in Java
    const { outputs } = await runBatches([pairs("a b c d")], (s) => s.reduceByKey((x, y) => x + y));
    expect(outputs[0].partitions).toEqual([
      [
        ["b", 1],
        ["d", 1],
      ],
      [
        ["a", 1],
        ["c", 1],
      ],
    ]);
  });

  it("numPartitions sets the output partition count", async () => {
    const { outputs } = await runBatches([pairs("a b c d e")], (s) => s.reduceByKey((x, y) => x + y, 3));
    expect(outputs[0].partitions).toHaveLength(3);
  });

  it("groupByKey collects values in arrival order", async () => {
    const input: P[][] = [
      [
        ["k", 1],
        ["j", 5],
        ["k", 2],
        ["k", 3],
      ],
    ];
    const { records } = await runBatches(input, (s) => s.groupByKey());
    expect(byKey(records[0])).toEqual([
      ["j", [5]],
      ["k", [1, 2, 3]],
    ]);
  });

  it("combineByKey builds (sum, count) averages", async () => {
    const input: P[][] = [
      [
        ["x", 1],
        ["x", 3],
        ["y", 10],
      ],
    ];
    const { records } = await runBatches(input, (s) =>
      s
        .combineByKey(
          (v) => [v, 1] as [number, number],
          (c, v) => [c[0] + v, c[1] + 1] as [number, number],
          (a, b) => [a[0] + b[0], a[1] + b[1]] as [number, number],
        )
        .mapValues(([sum, n]) => sum / n),
    );
    expect(byKey(records[0])).toEqual([
      ["x", 2],
      ["y", 10],
    ]);
  });

  it("treats equal tuple keys as one key", async () => {
    const input: [[string, number], number][][] = [
      [
        [["a", 1], 1],
        [["a", 1], 2],
      ],
    ];
    const { records } = await runBatches(input, (s) => s.reduceByKey((x, y) => x + y));
    expect(records).toEqual([[[["a", 1], 3]]]);
  });
});
