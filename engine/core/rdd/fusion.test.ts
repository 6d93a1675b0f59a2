// Fused (generated) chains must give exactly what the closure chain gives, for any chain of stages.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SparkContext } from "../SparkContext";
import { MapPartitionsRDD, type RDD } from "./index";

type Op = "map" | "flatMap" | "filter" | "mapValues" | "flatMapValues" | "keys-values";
const ops: Op[] = ["map", "flatMap", "filter", "mapValues", "flatMapValues", "keys-values"];

// Every step maps [k, v] pairs of small ints to [k, v] pairs, so any sequence of steps composes.
function apply(rdd: RDD<[number, number]>, op: Op): RDD<[number, number]> {
  switch (op) {
    case "map":
      return rdd.map(([k, v]): [number, number] => [(k + v) % 4, v + 1]);
    case "flatMap":
      return rdd.flatMap(([k, v]) => (v % 3 === 0 ? [] : [[k, v] as [number, number], [k + 1, -v]]));
    case "filter":
      return rdd.filter(([, v]) => v % 2 !== 0);
    case "mapValues":
      return rdd.mapValues((v) => v * 2 + 1);
    case "flatMapValues":
      return rdd.flatMapValues((v) => new Set([v, v - 1])); // an iterable that is not an array
    case "keys-values":
      return rdd.keys().map((k): [number, number] => [k, k]);
  }
}

const build = (data: [number, number][], chain: Op[], opaque: boolean) => {
  let rdd = new SparkContext(2).parallelize(data, 3);
  for (const op of chain) {
    rdd = apply(rdd, op);
    if (opaque) rdd.trackRecordCount(); // a counted RDD is a boundary: forces the closure chain
  }
  return rdd;
};

describe("stage fusion", () => {
  it("fused chains equal the closure chains, into collect and into a shuffle", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: -9, max: 9 })), {
          maxLength: 30,
        }),
        fc.array(fc.constantFrom(...ops), { minLength: 1, maxLength: 6 }),
        (data, chain) => {
          expect(build(data, chain, false).collect()).toEqual(build(data, chain, true).collect());
          const reduced = (opaque: boolean) =>
            build(data, chain, opaque)
              .reduceByKey((a, b) => a + b)
              .collect();
          expect(reduced(false)).toEqual(reduced(true));
        },
      ),
    );
  });

  it("plans the whole chain as one fused stage unless an RDD in it is counted or cached", () => {
    const chain: Op[] = ["flatMap", "map", "filter", "keys-values"];
    expect(MapPartitionsRDD.fusionPlan(build([], chain, false), true)?.stages.map((s) => s.kind)).toEqual([
      "flatMap",
      "map",
      "filter",
      "map",
      "map",
    ]);
    // keys() inside the last step is not counted, so it fuses with the final map
    expect(MapPartitionsRDD.fusionPlan(build([], chain, true), true)?.stages).toHaveLength(2);
    const cached = new SparkContext(1)
      .parallelize([1])
      .map((x) => x)
      .cache();
    expect(
      MapPartitionsRDD.fusionPlan(
        cached.filter(() => true),
        true,
      )?.stages,
    ).toHaveLength(1);
  });

  it("errors from user functions propagate unchanged through fused code", () => {
    const boom = new Error("boom");
    const rdd = new SparkContext(1).parallelize([1, 2]).map((x) => {
      if (x === 2) throw boom;
      return x;
    });
    expect(() => rdd.collect()).toThrow(boom);
  });

  it("an array source pushes its slice through the fused loop's overSlice, unless it is cached", () => {
    const sc = new SparkContext(2);
    const rdd = sc.parallelize([1, 2, 3, 4, 5], 2);
    const perRecord: number[] = [];
    const slices: [number, number][] = [];
    const emit = Object.assign((r: number) => perRecord.push(r), {
      overSlice: (_data: readonly unknown[], start: number, end: number) => slices.push([start, end]),
    });
    rdd.iterate(1, emit);
    expect(slices).toEqual([[2, 5]]);
    expect(perRecord).toEqual([]);
    rdd.persist();
    rdd.iterate(1, emit); // a cached partition is read record by record
    expect(perRecord).toEqual([3, 4, 5]);
    expect(slices).toEqual([[2, 5]]);
    // and a fused chain over it gives the records a closure chain gives
    expect(
      sc
        .parallelize([1, 2, 3, 4, 5], 2)
        .map((x) => x * 10)
        .filter((x) => x > 10)
        .collect(),
    ).toEqual([20, 30, 40, 50]);
  });
});
