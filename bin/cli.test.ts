// The command line and the TypeScript export agree: for every gallery example, the exported program run
// with tsx prints exactly what `dstream-studio run` prints for the same batches and seed.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadExamples } from "../engine/codegen/internals/examples.testkit";
import { toTypeScript } from "../engine/codegen/typescript";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin/dstream-studio.mjs");
const run = promisify(execFile);
// Each case spawns Node with tsx (about a second on an idle machine, much more on a busy one).
vi.setConfig({ testTimeout: 90_000 });
const tmp = mkdtempSync(join(tmpdir(), "dstream-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const BATCHES = 6;
const SEED = 5;

describe("dstream-studio run and the exported TypeScript", () => {
  it.each(loadExamples().map((e) => [e.file, e.doc] as const))("%s: same output", async (file, doc) => {
    const fromCli = await cli(
      "run",
      `public/examples/${file}`,
      "--batches",
      String(BATCHES),
      "--seed",
      String(SEED),
    );
    expect(fromCli.stderr).toBe("");
    expect(fromCli.code).toBe(0);
    expect(fromCli.stdout).toMatch(/^Time: \d+ ms$/m);
    // Saved in the project root so that `dstream-studio/engine` resolves as it does for a user.
    const program = join(ROOT, `.export-test-${file.replace(".json", "")}.ts`);
    writeFileSync(program, toTypeScript(doc).code);
    try {
      const { stdout } = await run(
        process.execPath,
        ["--import", "tsx", program, String(BATCHES), String(SEED)],
        {
          cwd: ROOT,
        },
      );
      expect(stdout).toBe(fromCli.stdout);
    } finally {
      rmSync(program, { force: true });
    }
  });

  it("prints another stream for another seed", async () => {
    const a = await cli("run", "public/examples/windowed-word-count.json", "--batches", "3", "--seed", "1");
    const b = await cli("run", "public/examples/windowed-word-count.json", "--batches", "3", "--seed", "2");
    expect(a.stdout).not.toBe(b.stdout);
  });
});

describe("dstream-studio export", () => {
  it("writes PySpark to a file with -o", async () => {
    const out = join(tmp, "wc.py");
    const result = await cli(
      "export",
      "public/examples/socket-word-count.json",
      "--to",
      "pyspark",
      "-o",
      out,
    );
    expect(result.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain('ssc.socketTextStream("localhost", 9999)');
  });

  it("writes Scala to stdout", async () => {
    const result = await cli("export", "public/examples/union.json", "--to", "scala");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("val allLines = englishLines.union(otherLines)");
  });
});

describe("bad input: one line on stderr, exit code 2", () => {
  const bad = join(tmp, "bad.json");
  writeFileSync(bad, '{"version": 1, "batchIntervalMs": 1000, "nodes": [{"id": "a", "kind": "teleport"}]}');
  const noOutput = join(tmp, "no-output.json");
  writeFileSync(
    noOutput,
    JSON.stringify({
      version: 1,
      batchIntervalMs: 1000,
      nodes: [{ id: "q", kind: "queueStream", params: {} }],
    }),
  );
  const cases: [string, string[], RegExp][] = [
    [
      "an unreadable file",
      ["run", "missing.json", "--batches", "2"],
      /cannot read missing\.json: no such file/,
    ],
    [
      "an invalid document",
      ["run", bad, "--batches", "2"],
      /is not a valid pipeline document: .*unknown node kind "teleport"/,
    ],
    [
      "a document with errors",
      ["run", noOutput, "--batches", "2"],
      /the pipeline has errors: .*No output operations registered/,
    ],
    ["an unknown target", ["export", "public/examples/union.json", "--to", "rust"], /unknown target "rust"/],
  ];
  it.each(cases)("%s", async (_what, args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("npx", () => {
  it("runs the package's bin inside the project", async () => {
    const { stdout } = await run("npx", ["--no-install", "dstream-studio", "--help"], { cwd: ROOT });
    expect(stdout).toContain("usage: dstream-studio run <pipeline.json> --batches N [--seed S]");
  });
});
