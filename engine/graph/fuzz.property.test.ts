// The fuzz test: 10,000 generated documents and hostile functions (wrong types, missing fields, unknown
// kinds, cycles, huge numbers, deep nesting, prototype keys, bad return values) through parsing,
// validation, compilation, a few batches and every exporter. Never an uncaught error, never over the
// time bound, always a message at a node or field. The figures are printed; the seed is fixed so a run
// is reproducible (FUZZ_SEED and FUZZ_RUNS override it).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzCase } from "./fuzz/documents";
import { exercise } from "./fuzz/exercise";

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
/**
 * Per document (3 batches), on a loaded 2-core CI machine. A valid document may ask for batches of up
 * to MAX_RECORDS_PER_BATCH records (an hour-long interval at a generator's default rate is 1.8M words);
 * typical documents take a few milliseconds.
 */
const TIME_BOUND_MS = 20_000;

describe("fuzzed documents", () => {
  it(`${RUNS} documents: handled with a message at their node or field, within ${TIME_BOUND_MS} ms each`, async () => {
    const stages = { parse: 0, validate: 0, run: 0 };
    let batches = 0;
    let failedAtNode = 0;
    let slowestMs = 0;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(fuzzCase, async ({ doc, asText }) => {
        const t0 = performance.now();
        const outcome = await exercise(doc, asText);
        const ms = performance.now() - t0;
        slowestMs = Math.max(slowestMs, ms);
        stages[outcome.stage]++;
        batches += outcome.batches;
        if (outcome.stage === "run" && outcome.message) failedAtNode++;
        expect(outcome.problems).toEqual([]);
        expect(ms).toBeLessThan(TIME_BOUND_MS);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz: ${RUNS} documents (seed ${SEED}) in ${seconds} s: ${stages.parse} refused by the parser, ` +
        `${stages.validate} by the validator, ${stages.run} compiled and ran ${batches} batches ` +
        `(${failedAtNode} stopped by a node's error); slowest document ${slowestMs.toFixed(0)} ms; ` +
        `heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB`,
    );
    expect(stages.run).toBeGreaterThan(RUNS / 10);
  }, 900_000);
});
