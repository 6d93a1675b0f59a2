// `dstream-studio run | export`: the headless side of the studio. `run` compiles a pipeline document
// with the app's compiler and runs it on the manual clock (the system clock when it reads a real source:
// bin/realTime.ts), printing its print() blocks to stdout, writing database sinks to SQLite and
// writing saveAsTextFiles directories as real files (Spark's "prefix-TIME_IN_MS[.suffix]/part-NNNNN",
// relative to the working directory); `export` writes the code generators' output. Bad input: one line on stderr, exit code 2.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { reseed } from "../engine/codegen/internals/plan";
import type { CodeTarget, GeneratedCode } from "../engine/codegen/internals/types";
import { toPySpark } from "../engine/codegen/pyspark";
import { toScala } from "../engine/codegen/scala";
import { toTypeScript } from "../engine/codegen/typescript";
import { formatRecord } from "../engine/core/format";
import { compilePipeline, PipelineInvalidError } from "../engine/graph/compile";
import { NodeError } from "../engine/graph/guard";
import { pipelineFromJson } from "../engine/graph/jsonIO";
import { hasRealSource } from "../engine/graph/realWorld";
import type { PipelineDocument } from "../engine/graph/types";
import { NodeFileSystem, SqliteDatabase } from "../engine/indexNode";
import { parseCommand, USAGE, UsageError } from "./cliArgs";
import { nodeName, runFailure, writeOutput } from "./failures";
import { feedMain } from "./feed/feed";
import { reportStatuses, runRealTime } from "./realTime";
import { runOnSpark } from "./runOnSpark";
import { standaloneHeader, standaloneModule } from "./standalone";
import { exportStructured, runStructured } from "./structured";

/** A pipeline that failed while running (exit code 1), already put in one line. */
class RunFailure extends Error {}

const EMITTERS: Record<CodeTarget, (doc: PipelineDocument) => GeneratedCode> = {
  ts: toTypeScript,
  pyspark: toPySpark,
  scala: toScala,
};

function readDocument(file: string): PipelineDocument {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read ${file}${code === "ENOENT" ? ": no such file" : code ? `: ${code}` : ""}`,
    );
  }
  const parsed = pipelineFromJson(text);
  if (!parsed.ok) {
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : "";
    throw new UsageError(`${file} is not a valid pipeline document: ${parsed.errors[0]}${more}`);
  }
  return parsed.doc;
}

async function run(doc: PipelineDocument, batches: number): Promise<void> {
  const write = (line: string) => process.stdout.write(`${line}\n`);
  const labels = new Map(doc.nodes.map((n) => [n.id, (n.label || n.id).replace(/[`\\$]/g, "")]));
  const realTime = hasRealSource(doc);
  const databases = new Map<string, SqliteDatabase>();
  let compiled: ReturnType<typeof compilePipeline>;
  try {
    compiled = compilePipeline(doc, {
      clock: realTime ? "system" : "manual",
      fileSystem: new NodeFileSystem(),
      database: (file) => {
        let db = databases.get(file);
        if (!db) databases.set(file, (db = new SqliteDatabase(file)));
        return db;
      },
      sink: {
        print: (_id, _t, lines) => lines.forEach(write),
        // foreachRDD prints its rows as the exported program's foreachRDD does.
        records: (id, timeMs, kind, records) => {
          if (kind !== "foreachRDD") return;
          write(`${labels.get(id)} at ${timeMs} ms:`);
          for (const r of records) write(formatRecord(r));
        },
      },
    });
  } catch (e) {
    if (e instanceof PipelineInvalidError) {
      const first = e.issues.find((i) => i.severity === "error")!;
      throw new UsageError(
        `the pipeline has errors: ${first.nodeId ? `${nodeName(doc, first.nodeId)}: ` : ""}${first.message}`,
      );
    }
    const at = e instanceof NodeError ? `${nodeName(doc, e.nodeId)}: ` : "";
    throw new UsageError(`the pipeline cannot be built: ${at}${(e as Error).message.split("\n")[0]}`);
  }
  if (realTime) {
    const seconds = (batches * doc.batchIntervalMs) / 1000;
    console.error(
      `dstream-studio: ${doc.name} reads a real source: running on the system clock, ${batches} batches of ${doc.batchIntervalMs} ms (about ${seconds} s)`,
    );
    reportStatuses(doc, compiled, (line) => console.error(`dstream-studio: ${line}`));
  }
  try {
    if (realTime) await runRealTime(compiled, batches);
    else {
      compiled.ssc.start();
      await compiled.ssc.advance(batches);
    }
  } catch (e) {
    throw new RunFailure(runFailure(doc, e));
  } finally {
    compiled.ssc.stop();
    for (const db of databases.values()) db.close();
  }
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === "feed") return feedMain(argv.slice(1));
  const cmd = parseCommand(argv);
  if (cmd.command === "help") {
    console.log(USAGE);
    return 0;
  }
  const doc = readDocument(cmd.file);
  if (doc.mode === "structured") {
    if (cmd.command === "run") {
      if (cmd.onSpark)
        throw new UsageError(
          "run --on spark checks DStream pipelines; structured queries are checked by npm run test:spark",
        );
      runStructured(doc, cmd.batches, cmd.seed);
    } else exportStructured(doc, cmd.to, cmd.out);
    return 0;
  }
  if (cmd.command === "run") {
    const seeded = cmd.seed === undefined ? doc : reseed(doc, cmd.seed);
    if (cmd.onSpark) return runOnSpark(seeded, cmd.batches);
    await run(seeded, cmd.batches);
    return 0;
  }
  let generated: GeneratedCode;
  try {
    generated = EMITTERS[cmd.to === "js" ? "ts" : cmd.to](doc);
    if (cmd.to === "js") {
      const file = cmd.out ? basename(cmd.out) : generated.filename.replace(/\.ts$/, ".mjs");
      const code = await standaloneModule(generated.code, standaloneHeader(doc.name, file));
      generated = { ...generated, code, filename: file };
    }
  } catch (e) {
    throw new UsageError(`cannot export ${cmd.file}: ${(e as Error).message}`);
  }
  if (cmd.out) writeOutput(cmd.out, generated.code);
  else process.stdout.write(generated.code);
  for (const s of generated.stubs) {
    console.error(
      `dstream-studio: stub: the ${s.param} of node "${s.label}" needs translating by hand (${s.reason})`,
    );
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`dstream-studio: ${e.message}`);
      process.exitCode = 2;
    } else if (e instanceof RunFailure) {
      console.error(`dstream-studio: ${e.message}`);
      process.exitCode = 1;
    } else {
      const message = e instanceof Error ? e.message : String(e);
      console.error(`dstream-studio: the pipeline failed: ${message.split("\n")[0]}`);
      process.exitCode = 1;
    }
  },
);
