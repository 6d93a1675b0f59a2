// Every gallery example (public/examples) loads without errors and runs 3 batches in the worker
// runtime without a node error: the examples, the catalog, the compiler and the engine agree.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { EngineHost } from "./EngineHost";
import { FakeEnv } from "./testEnv";

const dir = new URL("../../public/examples/", import.meta.url);
const index = JSON.parse(readFileSync(new URL("index.json", dir), "utf8")) as { file: string }[];

let host: EngineHost | undefined;
afterEach(() => host?.dispose());

describe("gallery examples in the worker runtime", () => {
  it.each(index.map((e) => e.file))("%s loads and runs", async (file) => {
    const env = new FakeEnv();
    host = new EngineHost(env);
    const pipeline = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
    await host.handle({ type: "load", pipeline, requestId: 1 });
    const issues = env.ofType("loaded")[0].issues.filter((i) => i.severity === "error");
    expect(issues).toEqual([]);
    // At least 3 batches, and on until records flowed (a 5 s window first computes at 5 s).
    const flowed = () => env.ofType("batchSubmitted").some((b) => (b.info.inputRecords ?? 0) > 0);
    for (let i = 0; i < 3 || (i < 6 && !flowed()); i++) await host.handle({ type: "step" });
    expect([...env.ofType("nodeError"), ...env.ofType("error")]).toEqual([]);
    // Every batch time reaches the page (completed, or submitted and queued on a slow cluster).
    const times = new Set(
      [...env.ofType("batchCompleted"), ...env.ofType("batchSubmitted")].map((b) => b.info.batchTimeMs),
    );
    expect(times.size).toBeGreaterThanOrEqual(3);
    expect(flowed()).toBe(true);
  });
});
