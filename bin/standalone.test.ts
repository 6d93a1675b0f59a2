// The standalone TypeScript export runs outside the repository: `dstream-studio export --to js` writes one
// ES module; copied to a temporary directory with no node_modules and run with plain `node`, it prints
// what `dstream-studio run` prints for the same batches and seed.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadExamples } from "../engine/codegen/internals/examples.testkit";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin/dstream-studio.mjs");
const run = promisify(execFile);
vi.setConfig({ testTimeout: 120_000 });
const outside = mkdtempSync(join(tmpdir(), "dstream-standalone-"));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe("the standalone TypeScript export (--to js)", () => {
  // Three examples (each export bundles the engine with esbuild and spawns Node twice); bin/cli.test.ts
  // checks every example's TypeScript against the command line.
  const files = ["socket-word-count.json", "sensor-average.json", "click-join.json"];
  it.each(
    loadExamples()
      .filter((e) => files.includes(e.file))
      .map((e) => [e.file] as const),
  )("%s runs with plain node outside the repository", async (file) => {
    const module = join(outside, file.replace(".json", ".mjs"));
    await run(process.execPath, [BIN, "export", `public/examples/${file}`, "--to", "js", "-o", module], {
      cwd: ROOT,
    });
    const text = readFileSync(module, "utf8");
    expect(text).toMatch(/^\/\/ .*one self-contained ES module/);
    expect(text).not.toMatch(/from "dstream-studio|require\("dstream-studio/);
    const fromNode = await run(process.execPath, [module, "6", "5"], { cwd: outside });
    const fromCli = await run(
      process.execPath,
      [BIN, "run", `public/examples/${file}`, "--batches", "6", "--seed", "5"],
      {
        cwd: ROOT,
      },
    );
    expect(fromNode.stdout).toMatch(/^Time: \d+ ms$/m);
    expect(fromNode.stdout).toBe(fromCli.stdout);
    expect(readdirSync(outside).some((f) => f === "node_modules")).toBe(false);
  });
});
