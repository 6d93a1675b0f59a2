// Port of Spark's PIDRateEstimatorSuite (streaming/src/test/scala/org/apache/spark/streaming/scheduler/
// rate/PIDRateEstimatorSuite.scala); the random case uses a seeded generator instead of scala.util.Random.
import { describe, expect, it } from "vitest";
import { Prng } from "../../core/prng";
import { PIDRateEstimator } from "../rate/PIDRateEstimator";

const pid = (interval: number, p: number, i: number, d: number, minRate: number) =>
  new PIDRateEstimator(interval, { proportional: p, integral: i, derivative: d, minRate });
const createDefaultEstimator = () => pid(20, 1, 0, 0, 10);

/** Feed 50 batches, one every 20 ms. */
const run50 = (
  estimator: PIDRateEstimator,
  elements: (x: number) => number,
  proc: (x: number) => number,
  sched: (x: number) => number,
) => Array.from({ length: 50 }, (_, x) => estimator.compute(x * 20, elements(x), proc(x), sched(x)));

describe("PIDRateEstimatorSuite (Spark)", () => {
  it("estimator checks ranges", () => {
    expect(() => pid(0, 1, 2, 3, 10)).toThrow(
      "requirement failed: Specified batch interval 0 in PIDRateEstimator is invalid.",
    );
    expect(() => pid(100, -1, 2, 3, 10)).toThrow(
      "requirement failed: Proportional term -1.0 in PIDRateEstimator should be >= 0.",
    );
    expect(() => pid(100, 0, -1, 3, 10)).toThrow(
      "requirement failed: Integral term -1.0 in PIDRateEstimator should be >= 0.",
    );
    expect(() => pid(100, 0, 0, -1, 10)).toThrow(
      "requirement failed: Derivative term -1.0 in PIDRateEstimator should be >= 0.",
    );
    expect(() => pid(100, 0, 0, 0, 0)).toThrow(
      "requirement failed: Minimum rate in PIDRateEstimator should be > 0",
    );
    expect(() => pid(100, 0, 0, 0, -1)).toThrow("Minimum rate");
  });

  it("first estimate is None", () => {
    expect(createDefaultEstimator().compute(0, 10, 10, 0)).toBeUndefined();
  });

  it("second estimate is not None (1000 elements / s)", () => {
    const p = createDefaultEstimator();
    p.compute(0, 10, 10, 0);
    expect(p.compute(10, 10, 10, 0)).toBe(1000);
  });

  it("no estimate when no time difference between successive calls", () => {
    const p = createDefaultEstimator();
    p.compute(0, 10, 10, 0);
    expect(p.compute(10, 10, 10, 0)).toBeDefined();
    expect(p.compute(10, 10, 10, 0)).toBeUndefined();
  });

  it("no estimate when no records in previous batch", () => {
    const p = createDefaultEstimator();
    p.compute(0, 10, 10, 0);
    expect(p.compute(10, 0, 10, 0)).toBeUndefined();
    expect(p.compute(20, -10, 10, 0)).toBeUndefined();
  });

  it("no estimate when there is no processing delay", () => {
    const p = createDefaultEstimator();
    p.compute(0, 10, 10, 0);
    expect(p.compute(10, 10, 0, 0)).toBeUndefined();
    expect(p.compute(20, 10, -10, 0)).toBeUndefined();
  });

  it("estimate is never less than min rate", () => {
    const minRate = 5;
    const res = run50(
      pid(20, 1, 1, 0, minRate),
      () => 1,
      () => 20,
      () => 100,
    );
    expect(res[0]).toBeUndefined();
    expect(res.slice(1)).toEqual(Array(49).fill(minRate));
  });

  it("with no accumulated or positive error, |I| > 0, follow the processing speed", () => {
    const res = run50(
      pid(20, 1, 1, 0, 10),
      (x) => (x + 1) * 20,
      () => 20,
      () => 0,
    );
    expect(res[0]).toBeUndefined();
    expect(res.slice(1)).toEqual(Array.from({ length: 49 }, (_, x) => (x + 2) * 1000));
  });

  it("with no accumulated but some positive error, |I| > 0, follow the processing speed", () => {
    const res = run50(
      pid(20, 1, 1, 0, 10),
      (x) => (50 - x) * 20,
      () => 20,
      () => 0,
    );
    expect(res[0]).toBeUndefined();
    expect(res.slice(1)).toEqual(Array.from({ length: 49 }, (_, x) => (49 - x) * 1000));
  });

  it("with some accumulated and some positive error, |I| > 0, stay below the processing speed", () => {
    const minRate = 10;
    const rng = new Prng(42);
    const elements = Array.from({ length: 50 }, () => 1000 + Math.floor(rng.next() * 1000));
    const sched = Array.from({ length: 50 }, () => 1 + Math.floor(rng.next() * 19));
    const procDelayMs = 20;
    const speeds = elements.map((x) => (x / procDelayMs) * 1000);
    const res = run50(
      pid(20, 1, 0.01, 0, minRate),
      (x) => elements[x],
      () => procDelayMs,
      (x) => sched[x],
    );
    expect(res[0]).toBeUndefined();
    for (let n = 1; n < 50; n++) {
      const r = res[n];
      expect(r).toBeDefined();
      if (r! > 0 && sched[n] > 0) {
        expect(r!).toBeLessThan(speeds[n]);
        expect(r!).toBeGreaterThanOrEqual(minRate);
      }
    }
  });
});
