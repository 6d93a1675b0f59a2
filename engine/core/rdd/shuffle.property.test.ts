// Property tests: shuffles and joins equal a naive recomputation, for random data and partition counts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SparkContext } from "../SparkContext";
import "./index";

const pairs = fc.array(
  fc.tuple(fc.constantFrom("a", "b", "c", "d", "e", 1, 2, 3), fc.integer({ min: -5, max: 5 })),
  {
    maxLength: 40,
  },
);
const slices = fc.integer({ min: 1, max: 5 });
const text = (x: unknown) => JSON.stringify(x) ?? "undefined";
const sorted = <T>(xs: T[]) => [...xs].sort((a, b) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0));

function naiveGroup<V>(data: [unknown, V][]): Map<unknown, V[]> {
  const groups = new Map<unknown, V[]>();
  for (const [k, v] of data) groups.set(k, [...(groups.get(k) ?? []), v]);
  return groups;
}

describe("shuffle properties", () => {
  it("reduceByKey = naive per-key sum; every key lands in its hash partition once", () => {
    fc.assert(
      fc.property(pairs, slices, slices, (data, inSlices, outParts) => {
        const rdd = new SparkContext(2).parallelize(data, inSlices).reduceByKey((a, b) => a + b, outParts);
        const expected = [...naiveGroup(data)].map(([k, vs]) => [k, vs.reduce((a, b) => a + b, 0)]);
        expect(sorted(rdd.collect())).toEqual(sorted(expected));
        expect(rdd.getNumPartitions()).toBe(outParts);
      }),
    );
  });

  it("groupByKey keeps each key's values in input order", () => {
    fc.assert(
      fc.property(pairs, slices, (data, inSlices) => {
        const rdd = new SparkContext(2).parallelize(data, inSlices).groupByKey();
        expect(sorted(rdd.collect())).toEqual(sorted([...naiveGroup(data)]));
      }),
    );
  });

  it("join / leftOuterJoin / fullOuterJoin = naive nested loops", () => {
    fc.assert(
      fc.property(pairs, pairs, slices, (left, right, n) => {
        const sc = new SparkContext(2);
        const l = sc.parallelize(left, n);
        const r = sc.parallelize(right, n);
        const inner = left.flatMap(([k, v]) => right.filter(([k2]) => k2 === k).map(([, w]) => [k, [v, w]]));
        const leftOnly = left
          .filter(([k]) => !right.some(([k2]) => k2 === k))
          .map(([k, v]) => [k, [v, undefined]]);
        const rightOnly = right
          .filter(([k]) => !left.some(([k2]) => k2 === k))
          .map(([k, w]) => [k, [undefined, w]]);
        expect(sorted(l.join(r).collect())).toEqual(sorted(inner));
        expect(sorted(l.leftOuterJoin(r).collect())).toEqual(sorted([...inner, ...leftOnly]));
        expect(sorted(l.fullOuterJoin(r).collect())).toEqual(sorted([...inner, ...leftOnly, ...rightOnly]));
      }),
    );
  });

  it("narrow chains keep records in order and partitions in place", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 50 }), slices, (data, n) => {
        const rdd = new SparkContext(2)
          .parallelize(data, n)
          .map((x) => x * 2)
          .filter((x) => x % 3 !== 0)
          .flatMap((x) => [x, x + 1]);
        expect(rdd.collect()).toEqual(
          data
            .map((x) => x * 2)
            .filter((x) => x % 3 !== 0)
            .flatMap((x) => [x, x + 1]),
        );
        expect(rdd.getNumPartitions()).toBe(n);
      }),
    );
  });
});
