// `dstream-studio run` and the exported TypeScript of a pipeline with a real source run on the system
// clock: the feeder (bin/feed) serves seeded lines on TCP, the CLI's socket word count writes its counts
// to SQLite (the database sink in Node) and the exported program prints them; both count exactly what
// was sent, in batches at real interval boundaries.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { toTypeScript } from "../engine/codegen/typescript";
import type { PipelineDocument } from "../engine/graph/types";
import { FeedServer } from "./feed/FeedServer";
import { pump } from "./feed/feed";
import { generatorLines, generatorSource } from "./feed/generatorSource";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin/dstream-studio.mjs");
const execFileAsync = promisify(execFile);
// Spawning Node with tsx takes seconds on a busy machine; the runs themselves take BATCHES seconds.
vi.setConfig({ testTimeout: 180_000 });
const tmp = mkdtempSync(join(tmpdir(), "dstream-realtime-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const N = 200;
const SEED = 13;
const BATCHES = 6;

function wordCount(port: number, dbFile: string): PipelineDocument {
  const at = (x: number) => ({ x, y: 0 });
  return {
    version: 1,
    name: "tcp word count",
    batchIntervalMs: 1000,
    settings: { defaultParallelism: 2, executors: 2, coresPerExecutor: 2, backpressure: false, seed: 1 },
    nodes: [
      {
        id: "lines",
        kind: "socketTextStream",
        label: "lines",
        position: at(0),
        params: { host: "127.0.0.1", port },
      },
      {
        id: "words",
        kind: "flatMap",
        label: "words",
        position: at(1),
        params: { fn: '(line) => line.split(" ")' },
      },
      { id: "pairs", kind: "map", label: "pairs", position: at(2), params: { fn: "(word) => [word, 1]" } },
      {
        id: "counts",
        kind: "reduceByKey",
        label: "counts",
        position: at(3),
        params: { fn: "(a, b) => a + b" },
      },
      {
        id: "db",
        kind: "saveToDatabase",
        label: "db",
        position: at(4),
        params: { table: "counts", file: dbFile },
      },
      { id: "rows", kind: "foreachRDD", label: "rows", position: at(5), params: { limit: 1000 } },
    ],
    edges: [
      { id: "e1", source: "lines", target: "words" },
      { id: "e2", source: "words", target: "pairs" },
      { id: "e3", source: "pairs", target: "counts" },
      { id: "e4", source: "counts", target: "db" },
      { id: "e5", source: "counts", target: "rows" },
    ],
  } as PipelineDocument;
}

function expectedCounts(): Map<string, number> {
  const next = generatorLines(SEED);
  const counts = new Map<string, number>();
  for (let i = 0; i < N; i++) for (const w of next().split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Starts `args` and, while it runs, feeds N seeded lines to the first client that connects. */
async function feedWhileRunning(args: (port: number) => string[]) {
  const feed = new FeedServer({ host: "127.0.0.1", port: 0, wsPort: 0 });
  const { port } = await feed.listen();
  const abort = new AbortController();
  try {
    const running = execFileAsync(process.execPath, args(port), { cwd: ROOT });
    const lines = generatorSource("words", { rate: 2000, seed: SEED, loop: false, say: () => {} });
    await pump(feed, lines.lines(abort.signal), abort.signal, N);
    const { stdout, stderr } = await running;
    return { stdout, stderr, sent: feed.sent };
  } finally {
    abort.abort();
    await feed.close();
  }
}

/** foreachRDD rows as the CLI and the exported program print them: "rows at T ms:" then "(w,n)" lines. */
function printedTotals(stdout: string) {
  const totals = new Map<string, number>();
  const times: number[] = [];
  for (const line of stdout.split("\n")) {
    const at = /^rows at (\d+) ms:$/.exec(line);
    if (at) times.push(Number(at[1]));
    const pair = /^\((.*),(\d+)\)$/.exec(line);
    if (pair) totals.set(pair[1], (totals.get(pair[1]) ?? 0) + Number(pair[2]));
  }
  return { totals, times };
}

function expectRealBatchTimes(times: number[]) {
  expect(times).toHaveLength(BATCHES);
  // Wall-clock batch times, one interval apart (the manual clock would give 1000, 2000, ...).
  expect(times[0]).toBeGreaterThan(1_600_000_000_000);
  expect(times.map((t) => t - times[0])).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
}

describe("a pipeline with a real source runs on the system clock", () => {
  it("dstream-studio run: the counts in SQLite equal what the feeder sent over TCP", async () => {
    const dbFile = join(tmp, "studio.db");
    const docFile = join(tmp, "tcp.json");
    const { stdout, stderr, sent } = await feedWhileRunning((port) => {
      writeFileSync(docFile, JSON.stringify(wordCount(port, dbFile)));
      return [BIN, "run", docFile, "--batches", String(BATCHES)];
    });
    expect(sent).toBe(N);
    expect(stderr).toContain("reads a real source: running on the system clock, 6 batches of 1000 ms");
    expect(stderr).toMatch(/node "lines": Connected to 127\.0\.0\.1:\d+/);
    const { totals, times } = printedTotals(stdout);
    expectRealBatchTimes(times);
    expect(totals).toEqual(expectedCounts());

    const Database = createRequire(import.meta.url)("better-sqlite3") as typeof BetterSqlite3;
    const db = new Database(dbFile, { readonly: true });
    const rows = db.prepare("SELECT batch_time, key, value FROM counts").all() as {
      batch_time: number;
      key: string;
      value: string;
    }[];
    db.close();
    const stored = new Map<string, number>();
    for (const r of rows) stored.set(r.key, (stored.get(r.key) ?? 0) + Number(JSON.parse(r.value)));
    expect(stored).toEqual(expectedCounts());
    expect(new Set(rows.map((r) => r.batch_time)).size).toBeLessThanOrEqual(BATCHES);
    expect(rows.every((r) => times.includes(r.batch_time))).toBe(true);
  });

  it("the exported TypeScript says so in its header and counts what was sent", async () => {
    const program = join(ROOT, ".export-test-realtime.ts");
    try {
      const { stdout, sent } = await feedWhileRunning((port) => {
        const code = toTypeScript(wordCount(port, join(tmp, "export.db"))).code;
        expect(code).toContain("It reads a real source, so it runs on the system clock");
        expect(code).toContain('clock: "system"');
        writeFileSync(program, code);
        return ["--import", "tsx", program, String(BATCHES)];
      });
      expect(sent).toBe(N);
      const { totals, times } = printedTotals(stdout);
      expectRealBatchTimes(times);
      expect(totals).toEqual(expectedCounts());
    } finally {
      rmSync(program, { force: true });
    }
  });
});
