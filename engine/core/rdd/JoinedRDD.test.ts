// The joins computed straight from both parents (JoinedRDD) give exactly what Spark's definition gives,
// flatMapValues over the cogroup, in the same order, partition by partition: keys in first-seen order,
// left values outer, right values inner, with any number of values a key on either side.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SparkContext } from "../SparkContext";
import type { RDD } from "./RDD";
import "./index";

const pairs = fc.array(
  fc.tuple(fc.constantFrom("a", "b", "c", 1, 2, ["t", 1]), fc.integer({ min: 0, max: 9 })),
  {
    maxLength: 30,
  },
);
const slices = fc.integer({ min: 1, max: 4 });
const opt = (vs: unknown[]) => (vs.length === 0 ? [undefined] : vs);

/** Spark's PairRDDFunctions: cogroup, then every left value with every right value per key. */
function viaCogroup(l: RDD<[unknown, number]>, r: RDD<[unknown, number]>, kind: string, n: number) {
  return l
    .cogroup(r, n)
    .flatMap(([k, [vs, ws]]) => {
      if (kind === "inner" && (vs.length === 0 || ws.length === 0)) return [];
      if (kind === "left" && vs.length === 0) return [];
      if (kind === "right" && ws.length === 0) return [];
      const left = kind === "right" || kind === "full" ? opt(vs) : vs;
      const right = kind === "left" || kind === "full" ? opt(ws) : ws;
      return left.flatMap((v) => right.map((w) => [k, [v, w]]));
    })
    .collect();
}

describe("JoinedRDD", () => {
  it("equals flatMapValues over the cogroup, order included, for all four joins", () => {
    fc.assert(
      fc.property(pairs, pairs, slices, slices, slices, (left, right, ln, rn, n) => {
        const sc = new SparkContext(2);
        const l = sc.parallelize(left, ln);
        const r = sc.parallelize(right, rn);
        // Option sides are tuples marked for printing; compare the values they hold
        const plain = (xs: unknown[]) =>
          JSON.parse(JSON.stringify(xs, (_k, v) => (v === undefined ? null : v)));
        expect(plain(l.join(r, n).collect())).toEqual(plain(viaCogroup(l, r, "inner", n)));
        expect(plain(l.leftOuterJoin(r, n).collect())).toEqual(plain(viaCogroup(l, r, "left", n)));
        expect(plain(l.rightOuterJoin(r, n).collect())).toEqual(plain(viaCogroup(l, r, "right", n)));
        expect(plain(l.fullOuterJoin(r, n).collect())).toEqual(plain(viaCogroup(l, r, "full", n)));
      }),
      { numRuns: 300 },
    );
  });

  it("reads a parent already hash-partitioned as the join partition by partition, same records", () => {
    const sc = new SparkContext(3);
    const data: [string, number][] = Array.from({ length: 50 }, (_, i) => [`k${i % 7}`, i]);
    const l = sc.parallelize(data, 2).reduceByKey((a, b) => a + b, 3);
    const r = sc.parallelize(data, 4);
    expect(l.join(r, 3).collect()).toEqual(viaCogroup(l, r, "inner", 3));
    expect(l.join(r, 3).collect().length).toBe(50);
  });
});
