import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DStream } from "../core/DStream";
import { byKey } from "../testing/runBatches";
import type { State } from "./State";
import { StateSpec } from "./StateSpec";
import { runTimedBatches } from "./timedInput.testkit";

// updateStateByKey and mapWithState equal a naive batch-by-batch simulation of Spark's rules.
type P = [string, number];
const batchesArb = fc.array(
  fc.array(fc.tuple(fc.constantFrom("a", "b", "c", "d"), fc.integer({ min: 1, max: 5 })), { maxLength: 5 }),
  { minLength: 1, maxLength: 12 },
) as fc.Arbitrary<P[][]>;
const settings = { numRuns: 100, seed: 11 };

describe("stateful operators equal a naive simulation", () => {
  it("updateStateByKey: every held key is updated each batch; undefined removes it", async () => {
    await fc.assert(
      fc.asyncProperty(batchesArb, fc.integer({ min: 3, max: 25 }), async (batches, limit) => {
        // Running sum that drops the key past `limit`, and decays keys without new values.
        const update = (values: number[], state: number | undefined) => {
          const next = values.length === 0 ? (state ?? 0) - 1 : values.reduce((a, b) => a + b, state ?? 0);
          return next > limit || next <= 0 ? undefined : next;
        };
        const run = await runTimedBatches(batches, (s) => s.updateStateByKey(update));
        const state = new Map<string, number>();
        const expected = batches.map((batch) => {
          const keys = new Set([...state.keys(), ...batch.map(([k]) => k)]);
          for (const k of keys) {
            const next = update(
              batch.filter(([bk]) => bk === k).map(([, v]) => v),
              state.get(k),
            );
            if (next === undefined) state.delete(k);
            else state.set(k, next);
          }
          return byKey([...state]);
        });
        expect(run.records.map(byKey)).toEqual(expected);
      }),
      settings,
    );
  });

  it("mapWithState: per-record calls, removal, and timeouts on checkpoint batches", async () => {
    await fc.assert(
      fc.asyncProperty(
        batchesArb,
        fc.integer({ min: 3, max: 25 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        async (batches, limit, timeoutBatches, checkpointBatches) => {
          const interval = 1000;
          const fn = (key: string, value: number | undefined, state: State<number>) => {
            if (state.isTimingOut()) return `timeout ${key} ${state.get()}`;
            const n = (state.getOption() ?? 0) + value!;
            if (n > limit) {
              if (state.exists()) state.remove();
              return `removed ${key} ${n}`;
            }
            state.update(n);
            return n % 2 === 0 ? `even ${key} ${n}` : undefined;
          };
          const spec = StateSpec.function(fn).timeout(timeoutBatches * interval);
          const build = (s: DStream<P>) => s.mapWithState(spec).checkpoint(checkpointBatches * interval);
          const mapped = await runTimedBatches(batches, build);
          const snapshots = await runTimedBatches(batches, (s) => build(s).stateSnapshots());

          const state = new Map<string, { s: number; t: number }>();
          const expectedMapped: string[][] = [];
          const expectedSnapshots: P[][] = [];
          batches.forEach((batch, i) => {
            const t = (i + 1) * interval;
            const out: string[] = [];
            for (const [k, v] of batch) {
              const n = (state.get(k)?.s ?? 0) + v;
              if (n > limit) {
                state.delete(k);
                out.push(`removed ${k} ${n}`);
              } else {
                state.set(k, { s: n, t });
                if (n % 2 === 0) out.push(`even ${k} ${n}`);
              }
            }
            if (t % (checkpointBatches * interval) === 0) {
              for (const [k, e] of state) {
                if (e.t < t - timeoutBatches * interval) {
                  out.push(`timeout ${k} ${e.s}`);
                  state.delete(k);
                }
              }
            }
            expectedMapped.push(out.sort());
            expectedSnapshots.push(byKey([...state].map(([k, e]): P => [k, e.s])));
          });
          expect(mapped.records.map((r) => [...r].sort())).toEqual(expectedMapped);
          expect(snapshots.records.map(byKey)).toEqual(expectedSnapshots);
        },
      ),
      settings,
    );
  });
});
