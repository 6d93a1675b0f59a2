// saveAsTextFiles in Node writes real files, as Spark does: a directory "prefix-TIME_IN_MS.suffix" per
// batch (StreamingContext.rddToFileName), relative to the working directory, holding one part-NNNNN
// file per partition and _SUCCESS. Checked for `dstream-studio run` and for the exported TypeScript
// program (whose "dstream-studio/engine" import resolves to the Node entry, engine/indexNode.ts).
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";
import { toTypeScript } from "../engine/codegen/typescript";
import type { PipelineDocument } from "../engine/graph/types";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin/dstream-studio.mjs");
const TSX = import.meta.resolve("tsx");
const run = promisify(execFile);
vi.setConfig({ testTimeout: 90_000 });
const tmp = mkdtempSync(join(tmpdir(), "dstream-save-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The gallery's socket word count, also saving its counts under out/counts-TIME.txt. */
function savingWordCount(): PipelineDocument {
  const doc = JSON.parse(
    readFileSync(join(ROOT, "public/examples/socket-word-count.json"), "utf8"),
  ) as PipelineDocument;
  const print = doc.nodes.find((n) => n.kind === "print")!;
  print.params = { num: 1000 };
  doc.nodes.push({
    id: "save",
    kind: "saveAsTextFiles",
    label: "save",
    params: { prefix: "out/counts", suffix: "txt" },
    position: { x: 1240, y: 300 },
  });
  doc.edges.push({ id: "e-wordCounts-save", source: "wordCounts", target: "save" });
  return doc;
}

/** Each batch's records as print() showed them, keyed by "Time: T ms". */
function printedBatches(stdout: string): Map<number, string[]> {
  const batches = new Map<number, string[]>();
  let current: string[] | undefined;
  for (const line of stdout.split("\n")) {
    const time = /^Time: (\d+) ms$/.exec(line);
    if (time) batches.set(Number(time[1]), (current = []));
    else if (current && line !== "" && line !== "-------------------------------------------")
      current.push(line);
  }
  return batches;
}

/** What a batch's directory holds: its file names, and its part files' lines in order. */
function savedBatch(dir: string): { files: string[]; lines: string[] } {
  const files = readdirSync(dir).sort();
  const lines = files
    .filter((f) => f.startsWith("part-"))
    .flatMap((f) => readFileSync(join(dir, f), "utf8").split("\n").filter(Boolean));
  return { files, lines };
}

function freshDir(name: string): string {
  const dir = join(tmp, name);
  rmSync(dir, { recursive: true, force: true });
  return mkdtempSync(`${dir}-`);
}

const BATCHES = 3;

describe("saveAsTextFiles writes real files in Node", () => {
  const doc = savingWordCount();

  it("dstream-studio run: prefix-TIME.suffix/part-NNNNN in the working directory, the records print() showed", async () => {
    const cwd = freshDir("cli");
    writeFileSync(join(cwd, "pipeline.json"), JSON.stringify(doc));
    const { stdout } = await run(
      process.execPath,
      [BIN, "run", "pipeline.json", "--batches", String(BATCHES)],
      {
        cwd,
      },
    );
    const printed = printedBatches(stdout);
    expect([...printed.keys()]).toEqual([1000, 2000, 3000]);
    expect(readdirSync(join(cwd, "out")).sort()).toEqual([
      "counts-1000.txt",
      "counts-2000.txt",
      "counts-3000.txt",
    ]);
    for (const [time, records] of printed) {
      const saved = savedBatch(join(cwd, "out", `counts-${time}.txt`));
      // defaultParallelism 2: reduceByKey shuffles into two partitions.
      expect(saved.files).toEqual(["_SUCCESS", "part-00000", "part-00001"]);
      expect(saved.lines).toEqual(records);
    }
    expect(printed.get(1000)!.length).toBeGreaterThan(0);
  });

  it("the exported TypeScript program writes the same files as the CLI", async () => {
    const cliDir = freshDir("cli-again");
    writeFileSync(join(cliDir, "pipeline.json"), JSON.stringify(doc));
    await run(process.execPath, [BIN, "run", "pipeline.json", "--batches", String(BATCHES)], { cwd: cliDir });
    // In the project root so that "dstream-studio/engine" resolves as it does for a user; run elsewhere.
    const program = join(ROOT, ".export-test-save.ts");
    writeFileSync(program, toTypeScript(doc).code);
    const programDir = freshDir("program");
    try {
      await run(process.execPath, ["--import", TSX, program, String(BATCHES)], { cwd: programDir });
    } finally {
      rmSync(program, { force: true });
    }
    for (let t = 1000; t <= BATCHES * 1000; t += 1000) {
      const fromProgram = savedBatch(join(programDir, "out", `counts-${t}.txt`));
      expect(fromProgram).toEqual(savedBatch(join(cliDir, "out", `counts-${t}.txt`)));
      expect(fromProgram.lines.length).toBeGreaterThan(0);
    }
    expect(existsSync(join(programDir, "out", `counts-${(BATCHES + 1) * 1000}.txt`))).toBe(false);
  });
});
