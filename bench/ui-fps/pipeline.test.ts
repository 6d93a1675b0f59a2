import { describe, expect, it } from "vitest";
import { compilePipeline } from "../../engine/graph/compile";
import { costModel } from "../../engine/metrics/costModel";
import { millionPerSecondPipeline } from "./pipeline";

/** The simulated processing time of each of the first `n` batches, as the worker models it. */
async function modelledMs(doc: ReturnType<typeof millionPerSecondPipeline>, n: number): Promise<number[]> {
  const { executors, coresPerExecutor } = doc.settings;
  const model = costModel({ cluster: { executors, coresPerExecutor } });
  const times: number[] = [];
  const program = compilePipeline(doc, {
    processingTimeModel: (work) => {
      const ms = model(work);
      times.push(ms);
      return ms;
    },
    sink: { print: () => {}, records: () => {} },
  });
  program.ssc.start();
  for (let i = 0; i < n; i++) {
    await program.ssc.advance(1);
    await program.ssc.advanceClockTo(program.ssc.lastBatchTimeMs + program.ssc.batchDuration - 1);
  }
  program.ssc.stop();
  return times;
}

describe("the UI benchmark's pipeline", () => {
  // With a modelled time over the interval, batches queue behind the one "processing", the worker
  // computes nothing meanwhile, and bench:ui counts no completed batch (what it printed as "0 of 0").
  it("is modelled faster than its batch interval, so every batch completes in its interval", async () => {
    const doc = millionPerSecondPipeline();
    const times = await modelledMs(doc, 2);
    expect(times).toHaveLength(2);
    for (const ms of times) expect(ms).toBeLessThan(doc.batchIntervalMs * 0.8);
  });

  it("on the studio's default cluster the same batch would take far longer than its interval", async () => {
    const doc = millionPerSecondPipeline();
    const settings = { ...doc.settings, defaultParallelism: 4, executors: 4, coresPerExecutor: 4 };
    const [ms] = await modelledMs({ ...doc, blockIntervalMs: undefined, settings }, 1);
    expect(ms).toBeGreaterThan(doc.batchIntervalMs * 5);
  });
});
