// The Structured Streaming differential test: every query of queries.ts on the engine and on Spark
// 3.5.9 (PySpark, one session, queries run side by side with foreachBatch and Trigger.AvailableNow over
// one file per trigger), compared batch by batch: the rows (as multisets), the result's schema, the
// watermark in force, and the state operators' rows total / updated / dropped by watermark; or, for a
// query Spark refuses, its message. Known differences (spark/known-differences.json, "structured:<id>")
// are reported, not failed.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validatePipeline } from "../../engine/graph/validate";
import { pysparkQueryLines } from "../../engine/structured/codegen/pyspark";
import { StructuredSession } from "../../engine/structured/session";
import { canonValue, pyFloat, simpleString } from "./canon";
import { type DifferentialQuery, queries } from "./queries";
import { galleryStructured, runScalaStructured } from "./scalaCheck";

export interface Side {
  error: string | null;
  schema?: string;
  batches: Record<string, string[]>;
  progress?: Record<string, { watermark?: string; stateOperators: number[][]; numInputRows: number }>;
}

export function engineSide(q: DifferentialQuery): Side {
  const errors = validatePipeline(q.doc).filter((i) => i.severity === "error");
  if (errors.length > 0) return { error: errors[0].message, batches: {} };
  const session = new StructuredSession(q.doc);
  const triggers = q.triggers ? session.runBatches(q.triggers) : session.runBatches(1000);
  const columns = session.queries[0].columns;
  const side: Side = { error: null, schema: simpleString(columns), batches: {}, progress: {} };
  for (const t of triggers) {
    const id = String(t.progress.batchId);
    side.batches[id] = t.result.rows
      .map((r) => JSON.stringify(r.map((v, i) => canonValue(v, columns[i].type))))
      .sort();
    side.progress![id] = {
      ...(t.progress.eventTime.watermark ? { watermark: t.progress.eventTime.watermark } : {}),
      stateOperators: t.progress.stateOperators.map((s) => [
        s.numRowsTotal,
        s.numRowsUpdated,
        s.numRowsDroppedByWatermark,
      ]),
      numInputRows: t.progress.numInputRows,
    };
  }
  return side;
}

/** The Python that builds and starts every query (exec'd by runner.py). */
export function sparkProgram(qs: DifferentialQuery[]): string {
  const out: string[] = [];
  for (const q of qs) {
    const sink = q.doc.nodes.find((n) => n.kind === "structured.writeStream")!;
    const fn = `build_${q.id.replace(/[^A-Za-z0-9]/g, "_")}`;
    out.push(`def ${fn}():`);
    try {
      const { lines, result } = pysparkQueryLines(q.doc, sink.id, { triggers: q.triggers ?? 10 });
      out.push(...lines.map((l) => `    ${l}`), `    return ${result}`);
    } catch (e) {
      out.push(`    raise Exception(${JSON.stringify((e as Error).message)})`);
    }
    out.push(
      "",
      `start(${JSON.stringify(q.id)}, ${fn}, ${JSON.stringify(sink.params.outputMode)}, ${sink.params.trigger === "continuous" ? "True" : "False"})`,
      "",
    );
  }
  return out.join("\n");
}

/** One Spark value's canonical text as the engine writes it: doubles as Python's repr (the Scala
 *  harness prints them as Java does, which may differ in form, never in value). */
const normalValue = (v: string) => (v.startsWith("d:") ? `d:${pyFloat(Number(v.slice(2)))}` : v);

/** The runners' last stdout line, `STRUCTURED_RESULTS {...}`: rows re-read into the engine's text. */
export function parseResults(stdout: string): {
  results: Record<string, Side>;
  timing?: { session: number; total: number };
} {
  const line = stdout.split("\n").find((l) => l.startsWith("STRUCTURED_RESULTS "));
  if (!line) throw new Error(`the Spark runner printed no results:\n${stdout.slice(-2000)}`);
  const raw = JSON.parse(line.slice("STRUCTURED_RESULTS ".length)) as Record<string, unknown>;
  const timing = raw.__timing__ as { session: number; total: number } | undefined;
  const results: Record<string, Side> = {};
  for (const [id, v] of Object.entries(raw)) {
    if (id === "__timing__") continue;
    const side = v as Side;
    for (const [b, rows] of Object.entries(side.batches))
      side.batches[b] = rows
        .map((r) => JSON.stringify((JSON.parse(r) as string[]).map(normalValue)))
        .sort();
    results[id] = side;
  }
  return { results, ...(timing ? { timing } : {}) };
}

export interface Mismatch {
  id: string;
  what: string;
}

export function compare(q: DifferentialQuery, engine: Side, spark: Side): Mismatch[] {
  const out: Mismatch[] = [];
  if (engine.error || spark.error) {
    if (engine.error !== spark.error)
      out.push({
        id: q.id,
        what: `error: engine ${JSON.stringify(engine.error)}, Spark ${JSON.stringify(spark.error)}`,
      });
    return out;
  }
  if (engine.schema !== spark.schema)
    out.push({ id: q.id, what: `schema: engine ${engine.schema}, Spark ${spark.schema}` });
  const ids = new Set([...Object.keys(engine.batches), ...Object.keys(spark.batches)]);
  for (const b of [...ids].sort((x, y) => Number(x) - Number(y))) {
    // generated sources: Spark's batch after the replayed triggers (a no-data batch) has no engine twin
    if (q.triggers && Number(b) >= q.triggers) continue;
    const e = engine.batches[b];
    const s = spark.batches[b];
    if (!e || !s) {
      out.push({
        id: q.id,
        what: `batch ${b}: ${e ? "only the engine ran it" : "only Spark ran it"} (${JSON.stringify(e ?? s)})`,
      });
      continue;
    }
    if (JSON.stringify(e) !== JSON.stringify(s))
      out.push({
        id: q.id,
        what: `batch ${b} rows: engine ${JSON.stringify(e)}, Spark ${JSON.stringify(s)}`,
      });
    const ep = engine.progress?.[b];
    const sp = spark.progress?.[b];
    if (ep && sp) {
      if ((ep.watermark ?? null) !== (sp.watermark ?? null))
        out.push({ id: q.id, what: `batch ${b} watermark: engine ${ep.watermark}, Spark ${sp.watermark}` });
      if (JSON.stringify(ep.stateOperators) !== JSON.stringify(sp.stateOperators))
        out.push({
          id: q.id,
          what: `batch ${b} state [total, updated, dropped]: engine ${JSON.stringify(ep.stateOperators)}, Spark ${JSON.stringify(sp.stateOperators)}`,
        });
      if (ep.numInputRows !== sp.numInputRows)
        out.push({
          id: q.id,
          what: `batch ${b} numInputRows: engine ${ep.numInputRows}, Spark ${sp.numInputRows}`,
        });
    }
  }
  return out;
}

/** spark/structured/known-differences.json: query id (or `scala:<gallery file>#<side>:<sink>`) -> reason. */
function known(): Map<string, string> {
  const path = join(import.meta.dirname, "known-differences.json");
  if (!existsSync(path)) return new Map();
  const data = JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
  return new Map(Object.entries(data).filter(([k]) => !k.startsWith("//")));
}

/** Tallies one side's queries; logs each mismatch; returns the count of queries failing unlisted. */
function report(
  label: string,
  results: { query: DifferentialQuery; engine: Side; mismatches: Mismatch[] }[],
  knownDiffs: Map<string, string>,
  log: (line: string) => void,
) {
  const t = { queries: results.length, triggers: 0, rows: 0, failed: 0, refused: 0, known: 0 };
  for (const { query: q, engine: e, mismatches } of results) {
    if (e.error && !mismatches.length) t.refused++;
    for (const [b, r] of Object.entries(e.batches)) {
      if (q.triggers && Number(b) >= q.triggers) continue;
      t.triggers++;
      t.rows += r.length;
    }
    if (mismatches.length === 0) continue;
    const reason = knownDiffs.get(`${label === "scala" ? "scala:" : ""}${q.id}`);
    for (const m of mismatches)
      log(`structured ${label} ${reason ? "known" : "MISMATCH"} ${m.id}: ${m.what}${reason ? ` (${reason})` : ""}`);
    if (reason) t.known++;
    else t.failed++;
  }
  return t;
}

/** Runs the PySpark queries and the Scala gallery; true when every query matches (or differs as listed). */
export function runStructuredDifferential(root: string, log: (line: string) => void = console.log): boolean {
  const python = join(root, ".venv-spark", "bin", "python");
  if (!existsSync(python)) {
    log("structured: Spark is not installed (bash spark/setup.sh)");
    return false;
  }
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), "structured-diff-"));
  const program = join(dir, "queries.py");
  const only = process.env.STRUCTURED_ONLY ? new RegExp(process.env.STRUCTURED_ONLY) : undefined;
  const selected = only ? queries.filter((q) => only.test(q.id)) : queries;
  writeFileSync(program, sparkProgram(selected));
  let stdout: string;
  // STRUCTURED_REPLAY=file compares against a run saved with STRUCTURED_SAVE=file (engine work only)
  if (process.env.STRUCTURED_REPLAY) stdout = readFileSync(process.env.STRUCTURED_REPLAY, "utf8");
  else try {
    stdout = execFileSync(python, [join(root, "spark", "structured", "runner.py"), program], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", process.env.SPARK_CHECK_VERBOSE ? "inherit" : "pipe"],
      env: { ...process.env, PYSPARK_PYTHON: python },
    });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(
      `the Spark runner failed: ${String(err.stderr ?? err.message)
        .split("\n")
        .filter((l) => !/WARN|^\s*$/.test(l))
        .slice(-15)
        .join("\n")}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.env.STRUCTURED_SAVE) writeFileSync(process.env.STRUCTURED_SAVE, stdout);
  const { results: spark, timing } = parseResults(stdout);
  const knownDiffs = known();
  const py = report(
    "pyspark",
    selected.map((q) => {
      const engine = engineSide(q);
      const s = spark[q.id] ?? { error: "no result from Spark", batches: {} };
      return { query: q, engine, mismatches: compare(q, engine, s) };
    }),
    knownDiffs,
    log,
  );
  const pySecs = Math.round((Date.now() - started) / 1000);
  log(
    `structured PySpark: ${py.queries} queries (${py.refused} refused with Spark's message), ${py.triggers} triggers, ${py.rows} rows; ${py.failed} failing, ${py.known} listed; ${pySecs} s (Spark session start ${timing?.session ?? "?"} s)`,
  );
  let sc = { queries: 0, triggers: 0, rows: 0, failed: 0, refused: 0, known: 0 };
  if (!process.env.STRUCTURED_NO_SCALA && !only) {
    const scalaStarted = Date.now();
    const docs = galleryStructured(root);
    const check = runScalaStructured(root, docs);
    sc = report("scala", check.results, knownDiffs, log);
    log(
      `structured Scala: ${docs.length} gallery documents, ${sc.queries} queries, ${sc.triggers} triggers, ${sc.rows} rows; ${sc.failed} failing; ${Math.round((Date.now() - scalaStarted) / 1000)} s`,
    );
  }
  const failed = py.failed + sc.failed;
  const secs = Math.round((Date.now() - started) / 1000);
  log(
    failed === 0
      ? `${py.queries + sc.queries} queries, ${py.triggers + sc.triggers} triggers, ${py.rows + sc.rows} rows identical on Spark 3.5.9 (PySpark ${py.queries}, Scala ${sc.queries}; ${secs} s)`
      : `structured: ${failed} of ${py.queries + sc.queries} queries differ from Spark 3.5.9 (${secs} s)`,
  );
  return failed === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ok = runStructuredDifferential(join(import.meta.dirname, "..", ".."));
  process.exit(ok ? 0 : 1);
}
