import { describe, expect, it } from "vitest";
import type { DStream } from "../core/DStream";
import { byKey, runBatchesN } from "../testing/runBatches";

type P = [string, number];
const left: P[][] = [
  [
    ["a", 1],
    ["b", 2],
    ["a", 3],
  ],
  [["c", 5]],
];
const right: P[][] = [
  [
    ["a", 10],
    ["d", 40],
  ],
  [],
];

const run = (f: (l: DStream<P>, r: DStream<P>) => DStream<any>) =>
  runBatchesN([left, right], ([l, r]) => f(l as DStream<P>, r as DStream<P>)).then((r) =>
    r.records.map(byKey),
  );

describe("joins (per batch, None as undefined)", () => {
  it("join: cross product of matching keys", async () => {
    expect(await run((l, r) => l.join(r))).toEqual([
      [
        ["a", [1, 10]],
        ["a", [3, 10]],
      ],
      [],
    ]);
  });

  it("leftOuterJoin keeps left keys with undefined", async () => {
    expect(await run((l, r) => l.leftOuterJoin(r))).toEqual([
      [
        ["a", [1, 10]],
        ["a", [3, 10]],
        ["b", [2, undefined]],
      ],
      [["c", [5, undefined]]],
    ]);
  });

  it("rightOuterJoin keeps right keys", async () => {
    expect(await run((l, r) => l.rightOuterJoin(r))).toEqual([
      [
        ["a", [1, 10]],
        ["a", [3, 10]],
        ["d", [undefined, 40]],
      ],
      [],
    ]);
  });

  it("fullOuterJoin keeps both sides", async () => {
    const out = await run((l, r) => l.fullOuterJoin(r));
    expect(out[0]).toEqual([
      ["a", [1, 10]],
      ["a", [3, 10]],
      ["b", [2, undefined]],
      ["d", [undefined, 40]],
    ]);
    expect(out[1]).toEqual([["c", [5, undefined]]]);
  });

  it("cogroup lists each side's values per key", async () => {
    expect((await run((l, r) => l.cogroup(r)))[0]).toEqual([
      ["a", [[1, 3], [10]]],
      ["b", [[2], []]],
      ["d", [[], [40]]],
    ]);
  });

  it("numPartitions sets the partition count of the joined RDD", async () => {
    const { outputs } = await runBatchesN([left, right], ([l, r]) =>
      (l as DStream<P>).join(r as DStream<P>, 3),
    );
    expect(outputs[0].partitions).toHaveLength(3);
  });
});
