// Port of Spark's BasicOperationsSuite (streaming/src/test/scala/org/apache/spark/streaming/
// BasicOperationsSuite.scala): the same inputs and expected outputs, batch interval 1 s, 2 input partitions.
// This file: per-record operators, reductions, union and transform. Cogroup, joins and updateStateByKey:
// BasicOperationsSuite.pairs.test.ts; slice and RDD cleanup: BasicOperationsSuite.cleanup.test.ts.
import { describe, expect, it } from "vitest";
import type { DStream } from "../../core/DStream";
import type { RDD } from "../../core/rdd/index";
import { StreamingContext } from "../../scheduler/StreamingContext";
import { range, SparkTestInputStream, testOperation, testOperation2 } from "./testSuiteBase.testkit";

const twelve = [range(1, 4), range(5, 8), range(9, 12)];
const pair =
  <V>(v: V) =>
  (x: string): [string, V] => [x, v];
const sum = (a: number, b: number) => a + b;

describe("BasicOperationsSuite (Spark)", () => {
  it("map", () =>
    testOperation(
      twelve,
      (r) => r.map(String),
      twelve.map((b) => b.map(String)),
    ));

  it("flatMap", () =>
    testOperation(
      twelve,
      (r) => r.flatMap((x) => [x, x * 2]),
      twelve.map((b) => b.flatMap((x) => [x, x * 2])),
    ));

  it("filter", () =>
    testOperation(
      twelve,
      (r) => r.filter((x) => x % 2 === 0),
      twelve.map((b) => b.filter((x) => x % 2 === 0)),
    ));

  it("glom", () =>
    testOperation(twelve, (r) => r.glom(), [
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
      [
        [9, 10],
        [11, 12],
      ],
    ]));

  it("mapPartitions", () =>
    testOperation(
      twelve,
      (r) => r.mapPartitions((it) => [[...it].reduce(sum, 0)]),
      [
        [3, 7],
        [11, 15],
        [19, 23],
      ],
      true,
    ));

  for (const [from, to] of [
    [2, 5],
    [5, 2],
  ]) {
    it(`repartition (${from} -> ${to} partitions)`, async () => {
      const input = [range(1, 100), range(101, 200), range(201, 300)];
      const parts: number[][][] = [];
      const ssc = new StreamingContext({ batchIntervalMs: 1000, out: () => {} });
      new SparkTestInputStream(ssc, input, from)
        .repartition(to)
        .foreachRDD((rdd) => void parts.push(rdd.glom().collect()));
      ssc.start();
      await ssc.advance(3);
      ssc.stop();
      expect(parts.map((p) => p.length)).toEqual([to, to, to]);
      expect(parts.map((p) => p.flat().sort((a, b) => a - b))).toEqual(input);
    });
  }

  const strings = [["a", "a", "b"], ["", ""], []];

  it("groupByKey", () =>
    testOperation(
      strings,
      (s) => s.map(pair(1)).groupByKey(),
      [
        [
          ["a", [1, 1]],
          ["b", [1]],
        ],
        [["", [1, 1]]],
        [],
      ],
      true,
    ));

  it("reduceByKey", () =>
    testOperation(
      strings,
      (s) => s.map(pair(1)).reduceByKey(sum),
      [
        [
          ["a", 2],
          ["b", 1],
        ],
        [["", 2]],
        [],
      ],
      true,
    ));

  it("reduce", () => testOperation(twelve, (s) => s.reduce(sum), [[10], [26], [42]]));

  it("count (an empty batch counts 0)", () =>
    testOperation([[], range(1, 1), range(1, 2), range(1, 3), range(1, 4)], (s) => s.count(), [
      [0],
      [1],
      [2],
      [3],
      [4],
    ]));

  it("countByValue", () =>
    testOperation(
      [[1], [1, 1, 1], [1, 2], [1, 1, 2, 2]],
      (s) => s.countByValue(),
      [
        [[1, 1]],
        [[1, 3]],
        [
          [1, 1],
          [2, 1],
        ],
        [
          [2, 2],
          [1, 2],
        ],
      ],
      true,
    ));

  it("mapValues", () =>
    testOperation(
      strings,
      (s) =>
        s
          .map(pair(1))
          .reduceByKey(sum)
          .mapValues((v) => v + 10),
      [
        [
          ["a", 12],
          ["b", 11],
        ],
        [["", 12]],
        [],
      ],
      true,
    ));

  it("flatMapValues", () =>
    testOperation(
      strings,
      (s) =>
        s
          .map(pair(1))
          .reduceByKey(sum)
          .flatMapValues((v) => [v, v + 10]),
      [
        [
          ["a", 2],
          ["a", 12],
          ["b", 1],
          ["b", 11],
        ],
        [
          ["", 2],
          ["", 12],
        ],
        [],
      ],
      true,
    ));

  it("union", () =>
    testOperation([range(1, 4), range(101, 104), range(201, 204)], (s) => s.union(s.map((x) => x + 4)), [
      range(1, 8),
      range(101, 108),
      range(201, 208),
    ]));

  it("union with input stream return None: the batch fails with Spark's message", async () => {
    const input = [range(1, 4), range(101, 104), range(201, 204), null];
    await expect(
      testOperation(input, (s) => s.union(s.map((x) => x + 4)), [[], [], [], []], false, 4),
    ).rejects.toThrow("Could not generate RDD from a parent for unifying at time 4000 ms");
  });

  it("StreamingContext.union", () =>
    testOperation(
      [range(1, 4), range(101, 104), range(201, 204)],
      (s, ssc) => ssc.union([s, s.map((x) => x + 4), s.map((x) => x + 8)]),
      [range(1, 12), range(101, 112), range(201, 212)],
    ));

  it("transform", () =>
    testOperation(
      twelve,
      (r) => r.transform((rdd) => rdd.map(String)),
      twelve.map((b) => b.map(String)),
    ));

  it("transform with NULL", async () => {
    await expect(
      testOperation([range(1, 4)], (r) => r.transform(() => null as unknown as RDD<number>), [[]]),
    ).rejects.toThrow(
      "Transform function must not return null. Return SparkContext.emptyRDD() instead to represent no element as the result of transformation.",
    );
  });

  it("transform with input stream return None", async () => {
    await expect(
      testOperation([range(1, 4), range(5, 8), null], (r) => r.transform((rdd) => rdd.map(String)), [
        [],
        [],
        [],
      ]),
    ).rejects.toThrow("Couldn't generate RDD from parent at time 3000 ms");
  });

  const unionOfAll = (rdds: RDD<any>[]) => rdds[0].sc.union(rdds as RDD<number>[]);
  const threeStreams = (s: DStream<number>) => [s, s.map((x) => x + 4), s.map((x) => x + 8)];

  it("StreamingContext.transform", () =>
    testOperation(
      [range(1, 4), range(101, 104), range(201, 204)],
      (s, ssc) => ssc.transform(threeStreams(s), unionOfAll),
      [range(1, 12), range(101, 112), range(201, 212)],
    ));

  it("StreamingContext.transform with input stream return None", async () => {
    await expect(
      testOperation(
        [range(1, 4), range(101, 104), range(201, 204), null],
        (s, ssc) => ssc.transform(threeStreams(s), unionOfAll),
        [range(1, 12), range(101, 112), range(201, 212), []],
      ),
    ).rejects.toThrow("Couldn't generate RDD from parent at time 4000 ms");
  });

  it("StreamingContext.transform of no streams; the batch time is passed", async () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000, out: () => {} });
    expect(() => ssc.transform([], (rdds) => rdds[0])).toThrow(
      "requirement failed: List of DStreams to transform is empty",
    );
    ssc.stop();
    await testOperation(
      [[1], [2]],
      (s, c) => c.transform([s], (rdds, timeMs) => rdds[0].map((x: number) => x * timeMs)),
      [[1000], [4000]],
    );
  });

  const in1 = [["a", "b"], ["a", ""], [""], []];
  const in2 = [["a", "b"], ["b", ""], [], [""]];

  it("transformWith (RDD.join inside)", () =>
    testOperation2(
      in1,
      in2,
      (s1: DStream<string>, s2: DStream<string>) =>
        s1.map(pair(1)).transformWith(s2.map(pair("x")), (r1, r2) => r1.join(r2)),
      [
        [
          ["a", [1, "x"]],
          ["b", [1, "x"]],
        ],
        [["", [1, "x"]]],
        [],
        [],
      ],
      true,
    ));

  it("transformWith with input stream return None", async () => {
    await expect(
      testOperation2(
        [["a", "b"], ["a", ""], [""], null],
        [["a", "b"], ["b", ""], [], null],
        (s1: DStream<string>, s2: DStream<string>) => s1.transformWith(s2, (r1, r2) => r1.union(r2)),
        [[], [], [], []],
      ),
    ).rejects.toThrow("Couldn't generate RDD from parent at time 4000 ms");
  });

  it("StreamingContext.transform (our: transform over a union of the 3 streams)", () =>
    testOperation(
      [range(1, 4), range(101, 104), range(201, 204)],
      (s, ssc) =>
        s.transformWith(ssc.union([s.map((x) => x + 4), s.map((x) => x + 8)]), (a, b) => a.union(b)),
      [range(1, 12), range(101, 112), range(201, 212)],
    ));
});
