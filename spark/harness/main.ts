// `npm run test:spark`: the differential test. Every corpus document (spark/harness/corpus.ts) runs on
// the engine and, exported, on Apache Spark in local mode (one PySpark driver and one JVM for the
// Scala exports, each reused across pipelines and running at the same time, on Spark's manual clock,
// a group of programs per StreamingContext); every output operation's records are compared per batch.
// Fails on a mismatch not listed in spark/known-differences.json.
//   --only TEXT        only pipelines whose name contains TEXT
//   --generated N      how many generated documents besides the gallery and the per-kind ones (default
//                      150: with them the corpus is over 200 pipelines)
//   --group N          programs per StreamingContext (default 16; 1 runs each alone)
//   --parallel N       PySpark drivers running groups at the same time (default 2)
//   --no-scala         skip compiling and running the Scala exports
//   --no-pyspark       skip the PySpark exports
//   --work DIR         the work directory (default .spark-work; emptied first)
//   --log FILE         append every mismatch to FILE as a JSON line, as it is found
//   --update-known     rewrite spark/known-differences.json from today's mismatches
//   --fail-on-stale    fail when a listed difference no longer occurs

import { appendFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { runStructuredDifferential } from "../structured/differential";
import { classify } from "./classify";
import type { Comparison, Mismatch, Target } from "./compare";
import { corpus } from "./corpus";
import { DEFAULT_GROUP_SIZE } from "./groups";
import { loadKnown, triage, writeKnown } from "./known";
import { DEFAULT_PYSPARK_RUNNERS, runPySparkExports } from "./pysparkRun";
import { runScalaExports } from "./scalaRun";
import { pythonOf, SPARK_SETUP_HINT, sparkInstalled } from "./setup";

const ROOT = resolve(import.meta.dirname, "../..");
const KNOWN_FILE = join(ROOT, "spark/known-differences.json");
const WORK = join(ROOT, ".spark-work");

function options() {
  const { values } = parseArgs({
    options: {
      only: { type: "string" },
      generated: { type: "string", default: "150" },
      group: { type: "string", default: String(DEFAULT_GROUP_SIZE) },
      parallel: { type: "string", default: String(DEFAULT_PYSPARK_RUNNERS) },
      "no-scala": { type: "boolean", default: false },
      "no-pyspark": { type: "boolean", default: false },
      log: { type: "string" },
      work: { type: "string" },
      "update-known": { type: "boolean", default: false },
      "fail-on-stale": { type: "boolean", default: false },
    },
  });
  return values;
}

export function describeMismatch(m: Mismatch): string {
  const show = (xs: string[]) =>
    (xs.length > 12 ? [...xs.slice(0, 12), `... (${xs.length} in all)`] : xs).join(" ");
  return [
    `MISMATCH ${m.target} ${m.pipeline} node ${m.node} batch ${m.batch} ms (${m.what})`,
    `  engine: ${show(m.engine)}`,
    `  spark:  ${show(m.spark)}`,
  ].join("\n");
}

export class Totals {
  pipelines = new Set<string>();
  ran = new Set<string>();
  batches = 0;
  records = 0;
  sparkCpuSeconds = 0;
  mismatches: Mismatch[] = [];
  constructor(private readonly log?: string) {}
  add(target: Target, pipeline: string, c: Comparison) {
    if (this.log) {
      const ran = {
        ran: pipeline,
        target,
        batches: c.batches,
        records: c.records,
        mismatches: c.mismatches.length,
      };
      appendFileSync(this.log, [ran, ...c.mismatches].map((x) => `${JSON.stringify(x)}\n`).join(""));
    }
    this.pipelines.add(pipeline);
    this.ran.add(`${target}\u0000${pipeline}`);
    const bad = new Set(c.mismatches.map((m) => (m.node === "*" ? "*" : m.batch)));
    this.batches += bad.has("*") ? 0 : c.batches - bad.size;
    this.records += c.records;
    this.mismatches.push(...c.mismatches);
  }
}

async function main(): Promise<number> {
  const o = options();
  if (!sparkInstalled(ROOT)) {
    console.error(SPARK_SETUP_HINT);
    return 2;
  }
  const started = Date.now();
  const work = o.work ? resolve(o.work) : o["no-pyspark"] ? `${WORK}-scala` : WORK;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, "py"), { recursive: true });
  const all = await corpus(ROOT, Number(o.generated));
  const entries = o.only ? all.filter((e) => e.name.includes(o.only!)) : all;
  console.log(`${entries.length} pipelines; Spark runner: ${pythonOf(ROOT)}`);
  const totals = new Totals(o.log);
  // The two halves at once, one core each: PySpark's driver and JVM, and scalac then the Scala JVM.
  const group = Number(o.group);
  const [pyVersion, scalaVersion] = await Promise.all([
    o["no-pyspark"]
      ? undefined
      : runPySparkExports(ROOT, work, entries, totals, group, Number(o.parallel)).then((v) => {
          console.log(`PySpark done in ${Math.round((Date.now() - started) / 1000)} s`);
          return v;
        }),
    o["no-scala"]
      ? undefined
      : runScalaExports(ROOT, work, entries, totals, group).then((v) => {
          console.log(`Scala done in ${Math.round((Date.now() - started) / 1000)} s`);
          return v;
        }),
  ]);
  const version = pyVersion ?? scalaVersion ?? "3.5.x";
  // Structured Streaming queries: their own module (spark/structured), one Spark session for all.
  const structuredOk = o.only || process.env.SPARK_SKIP_STRUCTURED ? true : runStructuredDifferential(ROOT);
  const known = existsSync(KNOWN_FILE) ? loadKnown(KNOWN_FILE) : { classes: {}, entries: [] };
  if (o["update-known"]) writeKnown(KNOWN_FILE, known, totals.mismatches, classify);
  const t = triage(totals.mismatches, o["update-known"] ? loadKnown(KNOWN_FILE) : known, totals.ran);
  const counts = new Map<string, number>();
  for (const k of t.known) counts.set(k.class, (counts.get(k.class) ?? 0) + 1);
  for (const [c, n] of [...counts].sort())
    console.log(`known difference ${c}: ${n} (${known.classes[c]?.reason ?? ""})`);
  for (const s of t.stale)
    console.log(
      `STALE known difference: ${s.entry.target} ${s.entry.pipeline} node ${s.entry.node} batches ${s.batches.join(", ")} (${s.entry.class}) no longer occurs`,
    );
  for (const m of t.unexpected) console.log(describeMismatch(m));
  console.log(
    `${t.unexpected.length} unexpected mismatches, ${t.known.length} known, ${t.stale.length} stale; ${Math.round((Date.now() - started) / 1000)} s`,
  );
  console.log(
    `${totals.pipelines.size} pipelines, ${totals.batches} batches, ${totals.records} records identical on Spark ${version}`,
  );
  return !structuredOk || t.unexpected.length > 0 || (o["fail-on-stale"] && t.stale.length > 0) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.stack : String(e));
    process.exitCode = 1;
  },
);
