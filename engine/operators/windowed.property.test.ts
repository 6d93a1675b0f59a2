import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byKey } from "../testing/runBatches";
import { runTimedBatches } from "./timedInput.testkit";

// Every windowed operator equals a naive recomputation over the batches in (t - window, t], at exactly
// the times Spark emits: t = k * interval with t % slide == 0 (zero time is 0 on the manual clock).
type P = [string, number];
const add = (a: number, b: number) => a + b;
const sub = (a: number, b: number) => a - b;

interface Case {
  intervalMs: number;
  windowMs: number;
  slideMs: number;
  batches: P[][];
}

/** Window >= slide when `overlapping` (the inverse forms need it); otherwise any multiples. */
const caseArb = (overlapping: boolean): fc.Arbitrary<Case> =>
  fc
    .record({
      intervalMs: fc.constantFrom(100, 250, 1000),
      windowMult: fc.integer({ min: 1, max: 4 }),
      slideMult: fc.integer({ min: 1, max: 4 }),
      batches: fc.array(
        fc.array(fc.tuple(fc.constantFrom("a", "b", "c", "d"), fc.integer({ min: 1, max: 5 })), {
          maxLength: 4,
        }),
        { minLength: 1, maxLength: 10 },
      ),
    })
    .filter((c) => !overlapping || c.slideMult <= c.windowMult)
    .map((c) => ({
      intervalMs: c.intervalMs,
      windowMs: c.windowMult * c.intervalMs,
      slideMs: c.slideMult * c.intervalMs,
      batches: c.batches as P[][],
    }));

const emitTimes = (c: Case): number[] =>
  c.batches.map((_, i) => (i + 1) * c.intervalMs).filter((t) => t % c.slideMs === 0);
const inWindow = (c: Case, t: number): P[] =>
  c.batches.filter((_, i) => (i + 1) * c.intervalMs > t - c.windowMs && (i + 1) * c.intervalMs <= t).flat();
const upTo = (c: Case, t: number): P[] => c.batches.filter((_, i) => (i + 1) * c.intervalMs <= t).flat();

function sumByKey(records: P[], keys: Iterable<string> = new Set(records.map(([k]) => k))): P[] {
  const sums = new Map<string, number>();
  for (const k of keys) sums.set(k, 0);
  for (const [k, v] of records) sums.set(k, (sums.get(k) ?? 0) + v);
  return byKey([...sums]);
}
const total = (records: P[]) => records.reduce((a, [, v]) => a + v, 0);

/** Runs the operator and checks emitted times and contents against `naive(t)`. */
async function check<O>(c: Case, build: (s: any) => any, naive: (t: number) => O[]): Promise<void> {
  const run = await runTimedBatches(c.batches, build, { batchIntervalMs: c.intervalMs });
  const times = emitTimes(c);
  expect(run.outputs.map((o) => o.timeMs)).toEqual(times);
  expect(run.records.map(byKey)).toEqual(times.map((t) => byKey(naive(t))));
}

const settings = { numRuns: 100, seed: 42 };
const prop = (overlapping: boolean, body: (c: Case) => Promise<void>) => () =>
  fc.assert(fc.asyncProperty(caseArb(overlapping), body), settings);

describe("windowed operators equal a naive recomputation over (t - window, t]", () => {
  it(
    "window",
    prop(false, (c) =>
      check(
        c,
        (s) => s.window(c.windowMs, c.slideMs),
        (t) => inWindow(c, t),
      ),
    ),
  );

  it(
    "reduceByKeyAndWindow",
    prop(false, (c) =>
      check(
        c,
        (s) => s.reduceByKeyAndWindow(add, c.windowMs, c.slideMs),
        (t) => sumByKey(inWindow(c, t)),
      ),
    ),
  );

  it(
    "reduceByKeyAndWindow with inverse: every key seen so far, at its window sum (0 when gone)",
    prop(true, (c) =>
      check(
        c,
        (s) => s.reduceByKeyAndWindow(add, sub, c.windowMs, c.slideMs),
        (t) => sumByKey(inWindow(c, t), new Set(upTo(c, t).map(([k]) => k))),
      ),
    ),
  );

  it(
    "reduceByKeyAndWindow with inverse and filterFunc",
    prop(true, (c) =>
      check(
        c,
        (s) => s.reduceByKeyAndWindow(add, sub, c.windowMs, c.slideMs, 2, ([, v]: P) => v !== 0),
        (t) => sumByKey(inWindow(c, t)),
      ),
    ),
  );

  it(
    "reduceByWindow",
    prop(false, (c) =>
      check(
        c,
        (s) => s.map(([, v]: P) => v).reduceByWindow(add, c.windowMs, c.slideMs),
        (t) => (inWindow(c, t).length > 0 ? [total(inWindow(c, t))] : []),
      ),
    ),
  );

  it(
    "reduceByWindow with inverse: nothing before the first record, then the window's sum",
    prop(true, (c) =>
      check(
        c,
        (s) => s.map(([, v]: P) => v).reduceByWindow(add, sub, c.windowMs, c.slideMs),
        (t) => (upTo(c, t).length > 0 ? [total(inWindow(c, t))] : []),
      ),
    ),
  );

  it(
    "countByWindow",
    prop(true, (c) =>
      check(
        c,
        (s) => s.countByWindow(c.windowMs, c.slideMs),
        (t) => (upTo(c, t).length > 0 ? [inWindow(c, t).length] : []),
      ),
    ),
  );

  it(
    "countByValueAndWindow",
    prop(true, (c) =>
      check(
        c,
        (s) => s.map(([k]: P) => k).countByValueAndWindow(c.windowMs, c.slideMs),
        (t) => sumByKey(inWindow(c, t).map(([k]) => [k, 1] as P)),
      ),
    ),
  );

  it(
    "groupByKeyAndWindow",
    prop(false, (c) =>
      check(
        c,
        (s) =>
          s
            .groupByKeyAndWindow(c.windowMs, c.slideMs)
            .map(([k, vs]: [string, number[]]) => [k, [...vs].sort()]),
        (t) => {
          const groups = new Map<string, number[]>();
          for (const [k, v] of inWindow(c, t)) groups.set(k, [...(groups.get(k) ?? []), v]);
          return [...groups].map(([k, vs]) => [k, vs.sort()]);
        },
      ),
    ),
  );
});
