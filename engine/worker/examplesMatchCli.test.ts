// Issue 7: what the app prints is what `dstream-studio run` (and so the exported program, bin/cli.test.ts)
// prints. For every gallery example, the worker's console (its "log" messages, print() blocks) over 4
// steps (more when a window has not printed yet, as sensor-average's 5 s one) equals the CLI's stdout
// for as many batches without --seed: both use the document's own seeds.
// With --seed S every source is reseeded S, S+1, ... (in the compiler's order), so the output changes.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EngineHost } from "./EngineHost";
import { FakeEnv } from "./testEnv";

const ROOT = join(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/dstream-studio.mjs");
const EXAMPLES = join(ROOT, "public/examples");
const BATCHES = 4;
const run = promisify(execFile);
// Each case spawns Node with tsx (about a second on an idle machine, much more on a busy one).
vi.setConfig({ testTimeout: 90_000 });

const index = JSON.parse(readFileSync(join(EXAMPLES, "index.json"), "utf8")) as { file: string }[];

let host: EngineHost | undefined;
afterEach(() => host?.dispose());

/**
 * The app's console after at least `minBatches` steps and until something printed (at most 10): every
 * print() line the worker sent, in order, and how many batches ran.
 */
async function appConsole(file: string, minBatches: number): Promise<{ text: string; batches: number }> {
  const env = new FakeEnv();
  host = new EngineHost(env);
  const pipeline = JSON.parse(readFileSync(join(EXAMPLES, file), "utf8"));
  await host.handle({ type: "load", pipeline, requestId: 1 });
  const text = () =>
    env
      .ofType("log")
      .flatMap((m) => m.lines)
      .map((line) => `${line}\n`)
      .join("");
  let batches = 0;
  while (batches < minBatches || (batches < 10 && text() === "")) {
    await host.handle({ type: "step" });
    batches++;
  }
  // A batch's jobs (its prints) run when it starts; on a slow simulated cluster later batches still wait
  // in the queue, so compare with the CLI up to the last batch that started.
  const started = env.ofType("batchStarted").map((m) => m.info.batchTimeMs);
  expect(started.length).toBeGreaterThan(0);
  const lastStarted = Math.max(...started) / pipeline.batchIntervalMs;
  expect(lastStarted).toBeLessThanOrEqual(batches);
  return { text: text(), batches: lastStarted };
}

async function cliStdout(file: string, batches: number, ...args: string[]): Promise<string> {
  const { stdout, stderr } = await run(
    process.execPath,
    [BIN, "run", join(EXAMPLES, file), "--batches", String(batches), ...args],
    { cwd: ROOT },
  );
  expect(stderr).toBe("");
  return stdout;
}

describe("the app and dstream-studio run print the same text", () => {
  it.each(index.map((e) => e.file))("%s", async (file) => {
    const app = await appConsole(file, BATCHES);
    expect(app.text).toMatch(/^Time: \d+ ms$/m);
    expect(await cliStdout(file, app.batches)).toBe(app.text);
  });
});

describe("--seed S overrides every source's seed", () => {
  // windowed-word-count has one generated source, seeded 7 in the document.
  const file = "windowed-word-count.json";

  it("another seed prints another stream than the app", async () => {
    const app = await appConsole(file, BATCHES);
    expect(await cliStdout(file, app.batches, "--seed", "1000")).not.toBe(app.text);
  });

  it("--seed equal to the source's own seed prints what the app prints", async () => {
    const doc = JSON.parse(readFileSync(join(EXAMPLES, file), "utf8"));
    const own = doc.nodes.find((n: { params?: { seed?: unknown } }) => typeof n.params?.seed === "number")
      .params.seed as number;
    const app = await appConsole(file, BATCHES);
    expect(await cliStdout(file, app.batches, "--seed", String(own))).toBe(app.text);
  });
});
