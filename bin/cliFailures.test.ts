// How `dstream-studio` fails: one line on stderr; exit code 1 when the pipeline fails while running
// (naming the node by id and label), 2 for bad input (arguments, documents, files).
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";
import { chain, doc, node } from "../engine/graph/testPipelines";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin/dstream-studio.mjs");
const exec = promisify(execFile);
vi.setConfig({ testTimeout: 90_000 });
const tmp = mkdtempSync(join(tmpdir(), "dstream-cli-failures-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { cwd: tmp });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

function file(name: string, nodes: ReturnType<typeof node>[]): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(doc(nodes, chain(nodes))));
  return path;
}

const flatMapNull = () => {
  const split = { ...node("split", "flatMap", { fn: "(line) => null" }), label: "Split lines" };
  return file("null.json", [node("q", "queueStream", { batches: [["a b"]] }), split, node("out", "print")]);
};

describe("dstream-studio failures", () => {
  it.each<[string, () => string[], number, RegExp]>([
    [
      "a function's bad result: exit 1, naming the node and what it returned",
      () => ["run", flatMapNull(), "--batches", "2"],
      1,
      /^dstream-studio: the pipeline failed at node "split" \(Split lines\): flatMap's fn returned null; it must return an array \(or another iterable\) of records \(record: "a b"\)$/,
    ],
    [
      "a rate over the per-batch limit: exit 2 at the node",
      () => [
        "run",
        file("rate.json", [node("r", "sensorReadings", { rate: 10_000_000 }), node("out", "print")]),
        "--batches",
        "1",
      ],
      2,
      /^dstream-studio: the pipeline has errors: node "r": Rate: 10,000,000\/s over a 1,000 ms batch is 10,000,000 records per batch, more than the limit of 2,000,000/,
    ],
    [
      "--batches -1: exit 2 with the range",
      () => ["run", "x.json", "--batches", "-1"],
      2,
      /^dstream-studio: --batches must be a whole number from 1 to 100000 in decimal digits, got "-1"$/,
    ],
    [
      "export -o into a missing directory: exit 2, one clear line",
      () => ["export", flatMapNull(), "--to", "ts", "-o", "/missing/dir/x.ts"],
      2,
      /^dstream-studio: cannot write \/missing\/dir\/x\.ts: its directory does not exist$/,
    ],
  ])("%s", async (_what, args, code, message) => {
    const result = await cli(...args());
    expect(result.code).toBe(code);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(message);
  });
});
