import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PID_DEFAULTS, PIDRateEstimator } from "./PIDRateEstimator";

// Cases follow Spark's PIDRateEstimatorSuite.
const defaultEstimator = () =>
  new PIDRateEstimator(20, { proportional: 1, integral: 0, derivative: 0, minRate: 10 });

describe("PIDRateEstimator", () => {
  it("uses Spark's defaults: proportional 1.0, integral 0.2, derived 0.0, minRate 100", () => {
    const p = new PIDRateEstimator(1000);
    expect([p.proportional, p.integral, p.derivative, p.minRate]).toEqual([1, 0.2, 0, 100]);
    expect(PID_DEFAULTS.minRate).toBe(100);
  });

  it("checks ranges with Spark's messages", () => {
    expect(() => new PIDRateEstimator(0)).toThrow(
      "requirement failed: Specified batch interval 0 in PIDRateEstimator is invalid.",
    );
    expect(() => new PIDRateEstimator(100, { proportional: -1 })).toThrow(
      "Proportional term -1.0 in PIDRateEstimator should be >= 0.",
    );
    expect(() => new PIDRateEstimator(100, { integral: -1 })).toThrow("Integral term -1.0 ");
    expect(() => new PIDRateEstimator(100, { derivative: -1 })).toThrow("Derivative term -1.0 ");
    expect(() => new PIDRateEstimator(100, { minRate: 0 })).toThrow(
      "Minimum rate in PIDRateEstimator should be > 0",
    );
  });

  it("makes no estimate on the first batch, then follows the processing rate", () => {
    const p = defaultEstimator();
    expect(p.compute(0, 10, 10, 0)).toBeUndefined();
    expect(p.compute(10, 10, 10, 0)).toBe(1000); // 10 records in 10 ms
  });

  it("makes no estimate without time passing, records, or processing delay", () => {
    const p = defaultEstimator();
    p.compute(0, 10, 10, 0);
    expect(p.compute(10, 10, 10, 0)).toBeDefined();
    expect(p.compute(10, 10, 10, 0)).toBeUndefined();
    expect(p.compute(20, 0, 10, 0)).toBeUndefined();
    expect(p.compute(30, 10, 0, 0)).toBeUndefined();
  });

  it("never goes below minRate", () => {
    const p = new PIDRateEstimator(20, { proportional: 1, integral: 1, derivative: 0, minRate: 5 });
    const results = Array.from({ length: 50 }, (_, i) => p.compute(i * 20, 1, 20, 100));
    expect(results[0]).toBeUndefined();
    expect(results.slice(1)).toEqual(Array(49).fill(5));
  });

  it("with no accumulated error follows the processing speed up and down", () => {
    for (const grow of [true, false]) {
      const p = new PIDRateEstimator(20, { proportional: 1, integral: 1, derivative: 0, minRate: 10 });
      const n = (i: number) => (grow ? (i + 1) * 20 : (50 - i) * 20);
      const results = Array.from({ length: 50 }, (_, i) => p.compute(i * 20, n(i), 20, 0));
      expect(results.slice(1)).toEqual(Array.from({ length: 49 }, (_, i) => n(i + 1) * 50));
    }
  });

  it("with a backlog stays below the processing speed and at or above minRate", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1000, max: 1999 }), fc.integer({ min: 1, max: 19 })), {
          minLength: 2,
          maxLength: 50,
        }),
        (batches) => {
          const p = new PIDRateEstimator(20, { proportional: 1, integral: 0.01, derivative: 0, minRate: 10 });
          batches.forEach(([elements, sched], i) => {
            const rate = p.compute(i * 20, elements, 20, sched);
            if (i === 0) {
              expect(rate).toBeUndefined();
            } else {
              expect(rate).toBeGreaterThanOrEqual(10);
              expect(rate!).toBeLessThan((elements / 20) * 1000);
            }
          });
        },
      ),
      { numRuns: 100, seed: 7 },
    );
  });
});
