// Port of Spark's BasicOperationsSuite (streaming/src/test/scala/org/apache/spark/streaming/
// BasicOperationsSuite.scala), pair operations over two streams and state: cogroup, the joins and
// updateStateByKey. Same inputs and expected outputs, batch interval 1 s, 2 input partitions.
import { describe, it } from "vitest";
import type { DStream } from "../../core/DStream";
import { testOperation, testOperation2 } from "./testSuiteBase.testkit";

const pair =
  <V>(v: V) =>
  (x: string): [string, V] => [x, v];
const sum = (a: number, b: number) => a + b;

describe("BasicOperationsSuite (Spark): cogroup, joins, updateStateByKey", () => {
  const in1 = [["a", "b"], ["a", ""], [""], []];
  const in2 = [["a", "b"], ["b", ""], [], [""]];

  it("cogroup", () =>
    testOperation2(
      [["a", "a", "b"], ["a", ""], [""], []],
      [["a", "a", "b"], ["b", ""], [], []],
      (s1: DStream<string>, s2: DStream<string>) => s1.map(pair(1)).cogroup(s2.map(pair("x"))),
      [
        [
          [
            "a",
            [
              [1, 1],
              ["x", "x"],
            ],
          ],
          ["b", [[1], ["x"]]],
        ],
        [
          ["a", [[1], []]],
          ["b", [[], ["x"]]],
          ["", [[1], ["x"]]],
        ],
        [["", [[1], []]]],
        [],
      ],
      true,
    ));

  it("join", () =>
    testOperation2(
      in1,
      in2,
      (s1: DStream<string>, s2: DStream<string>) => s1.map(pair(1)).join(s2.map(pair("x"))),
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

  it("leftOuterJoin (None is undefined)", () =>
    testOperation2(
      in1,
      in2,
      (s1: DStream<string>, s2: DStream<string>) => s1.map(pair(1)).leftOuterJoin(s2.map(pair("x"))),
      [
        [
          ["a", [1, "x"]],
          ["b", [1, "x"]],
        ],
        [
          ["", [1, "x"]],
          ["a", [1, undefined]],
        ],
        [["", [1, undefined]]],
        [],
      ],
      true,
    ));

  it("rightOuterJoin", () =>
    testOperation2(
      in1,
      in2,
      (s1: DStream<string>, s2: DStream<string>) => s1.map(pair(1)).rightOuterJoin(s2.map(pair("x"))),
      [
        [
          ["a", [1, "x"]],
          ["b", [1, "x"]],
        ],
        [
          ["", [1, "x"]],
          ["b", [undefined, "x"]],
        ],
        [],
        [["", [undefined, "x"]]],
      ],
      true,
    ));

  it("fullOuterJoin", () =>
    testOperation2(
      in1,
      in2,
      (s1: DStream<string>, s2: DStream<string>) => s1.map(pair(1)).fullOuterJoin(s2.map(pair("x"))),
      [
        [
          ["a", [1, "x"]],
          ["b", [1, "x"]],
        ],
        [
          ["", [1, "x"]],
          ["a", [1, undefined]],
          ["b", [undefined, "x"]],
        ],
        [["", [1, undefined]]],
        [["", [undefined, "x"]]],
      ],
      true,
    ));

  const stateInput = [["a"], ["a", "b"], ["a", "b", "c"], ["a", "b"], ["a"], []];
  const runningSum = (values: number[], state: number | undefined) => values.reduce(sum, 0) + (state ?? 0);

  it("updateStateByKey", () =>
    testOperation(
      stateInput,
      (s) => s.map(pair(1)).updateStateByKey(runningSum),
      [
        [["a", 1]],
        [
          ["a", 2],
          ["b", 1],
        ],
        [
          ["a", 3],
          ["b", 2],
          ["c", 1],
        ],
        [
          ["a", 4],
          ["b", 3],
          ["c", 1],
        ],
        [
          ["a", 5],
          ["b", 3],
          ["c", 1],
        ],
        [
          ["a", 5],
          ["b", 3],
          ["c", 1],
        ],
      ],
      true,
    ));

  it("updateStateByKey - simple with initial value RDD", () =>
    testOperation(
      stateInput,
      (s, ssc) =>
        s.map(pair(1)).updateStateByKey(runningSum, {
          numPartitions: 2,
          initialState: ssc.sparkContext.parallelize<[string, number]>([
            ["a", 1],
            ["c", 2],
          ]),
        }),
      [
        [
          ["a", 2],
          ["c", 2],
        ],
        [
          ["a", 3],
          ["b", 1],
          ["c", 2],
        ],
        [
          ["a", 4],
          ["b", 2],
          ["c", 3],
        ],
        [
          ["a", 5],
          ["b", 3],
          ["c", 3],
        ],
        [
          ["a", 6],
          ["b", 3],
          ["c", 3],
        ],
        [
          ["a", 6],
          ["b", 3],
          ["c", 3],
        ],
      ],
      true,
    ));

  it("updateStateByKey - initial state as [K, S][] pairs (the issue's shape)", () =>
    testOperation(
      stateInput,
      (s) =>
        s.map(pair(1)).updateStateByKey(runningSum, {
          initialState: [
            ["a", 1],
            ["c", 2],
          ],
        }),
      [
        [
          ["a", 2],
          ["c", 2],
        ],
        [
          ["a", 3],
          ["b", 1],
          ["c", 2],
        ],
        [
          ["a", 4],
          ["b", 2],
          ["c", 3],
        ],
        [
          ["a", 5],
          ["b", 3],
          ["c", 3],
        ],
        [
          ["a", 6],
          ["b", 3],
          ["c", 3],
        ],
        [
          ["a", 6],
          ["b", 3],
          ["c", 3],
        ],
      ],
      true,
    ));

  it("updateStateByKey - object lifecycle (None batches re-apply the function; undefined removes)", () => {
    interface StateObject {
      counter: number;
      expireCounter: number;
    }
    // Spark mutates its StateObject in place; the update function sees the same object next batch.
    const update = (values: number[], state: StateObject | undefined) => {
      const obj = state ?? { counter: 0, expireCounter: 0 };
      const n = values.reduce(sum, 0);
      if (n === 0) obj.expireCounter += 1;
      else {
        obj.counter += n;
        obj.expireCounter = 0;
      }
      return obj.expireCounter === 2 ? undefined : obj;
    };
    return testOperation(
      [["a", "b"], null, ["a", "c", "a"], ["c"], null, null],
      (s) =>
        s
          .map(pair(1))
          .updateStateByKey(update)
          .mapValues((o) => o.counter),
      [
        [
          ["a", 1],
          ["b", 1],
        ],
        [
          ["a", 1],
          ["b", 1],
        ],
        [
          ["a", 3],
          ["c", 1],
        ],
        [
          ["a", 3],
          ["c", 2],
        ],
        [["c", 2]],
        [],
      ],
      true,
    );
  });
});
