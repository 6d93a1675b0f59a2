// `dstream-studio run --on spark`: runs the pipeline on the engine and, exported to PySpark (Scala
// for mapWithState, which PySpark lacks), on Apache Spark in local mode on the manual clock, and prints
// a per-batch comparison of every output operation. Exit 0 when every batch is identical, 1 otherwise,
// 2 when Spark is not installed (`bash spark/setup.sh` installs it into the repository).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { toPySpark } from "../engine/codegen/pyspark";
import type { PipelineDocument } from "../engine/graph/types";
import { compareRuns, type Mismatch, type Target } from "../spark/harness/compare";
import { runOnEngine } from "../spark/harness/engineRun";
import { orderedOutputs, prepare } from "../spark/harness/prepare";
import { runOneScala } from "../spark/harness/scalaRun";
import { SPARK_SETUP_HINT, sparkInstalled, startPySpark } from "../spark/harness/setup";
import type { SparkRun } from "../spark/harness/sparkProcess";

const ROOT = resolve(import.meta.dirname, "..");

export async function runOnSpark(doc: PipelineDocument, batches: number): Promise<number> {
  if (!sparkInstalled(ROOT)) {
    console.error(SPARK_SETUP_HINT);
    return 2;
  }
  const write = (line: string) => process.stdout.write(`${line}\n`);
  const work = mkdtempSync(join(tmpdir(), "dstream-spark-"));
  try {
    const target: Target = doc.nodes.some((n) => n.kind === "mapWithState") ? "scala" : "pyspark";
    const name = doc.name || "pipeline";
    const engine = await runOnEngine(prepare(doc, name, work, "engine"), batches);
    const sparkDoc = prepare(doc, name, work, target);
    let run: SparkRun;
    let version: string;
    if (target === "scala") {
      write("mapWithState has no PySpark API: checking the Scala export (compiling it takes a minute)");
      ({ run, version } = await runOneScala(ROOT, work, sparkDoc, batches));
    } else {
      const dir = join(work, "py");
      mkdirSync(dir, { recursive: true });
      const spark = await startPySpark(ROOT, dir);
      try {
        run = await spark.run({
          name: sparkDoc.name,
          program: toPySpark(sparkDoc).code,
          batches,
          batchMs: doc.batchIntervalMs,
        });
        version = spark.version;
      } finally {
        await spark.stop();
      }
    }
    const result = compareRuns(engine, run, {
      target,
      pipeline: name,
      batches,
      batchMs: doc.batchIntervalMs,
      ordered: orderedOutputs(doc),
    });
    const labels = new Map(doc.nodes.map((n) => [n.id, n.label || n.id]));
    const problems = (t: number, node: string) =>
      result.mismatches.filter(
        (m) => (m.node === node || m.node === "*") && (m.batch === t || m.batch === 0),
      );
    if (result.mismatches.some((m) => m.what === "error" || m.what === "outputs"))
      for (const m of result.mismatches) write(describeMismatch(m, labels));
    else
      for (let i = 1; i <= batches; i++) {
        const t = i * doc.batchIntervalMs;
        for (const out of engine.outputs) {
          const bad = problems(t, out.nodeId);
          const label = `batch ${t} ms, ${out.kind} "${labels.get(out.nodeId)}"`;
          if (bad.length === 0) {
            const n = out.batches.get(t)?.records.length;
            write(
              `${label}: ${n === undefined ? "no output at this time on either side" : `${n} records identical`}`,
            );
          } else for (const m of bad) write(describeMismatch(m, labels));
        }
      }
    write(
      result.mismatches.length === 0
        ? `${batches} batches, ${result.records} records identical on Spark ${version} (${target === "scala" ? "Scala" : "PySpark"} export)`
        : `${result.mismatches.length} differences between the engine and Spark ${version} (${target === "scala" ? "Scala" : "PySpark"} export)`,
    );
    return result.mismatches.length === 0 ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function describeMismatch(m: Mismatch, labels: Map<string, string>): string {
  const where = m.node === "*" ? "the whole run" : `"${labels.get(m.node) ?? m.node}"`;
  return [
    `batch ${m.batch} ms, ${where}: DIFFERENT (${m.what})`,
    `  engine: ${m.engine.join(" ")}`,
    `  spark:  ${m.spark.join(" ")}`,
  ].join("\n");
}
