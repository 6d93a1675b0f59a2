// The PySpark half of the differential test: every corpus document (but those only Scala can express)
// exported to PySpark and run, a group of programs per StreamingContext, on one long-lived PySpark
// driver; each program's outputs compared with the engine's.
import { join } from "node:path";
import { toPySpark } from "../../engine/codegen/pyspark";
import { compareRuns } from "./compare";
import type { CorpusEntry } from "./corpus";
import { runOnEngine } from "./engineRun";
import { exportFailure } from "./failure";
import { groupEntries } from "./groups";
import type { Totals } from "./main";
import { orderedOutputs, prepare } from "./prepare";
import { startPySpark } from "./setup";

/** PySpark drivers running groups at the same time (each its own JVM, about 1 GB). */
export const DEFAULT_PYSPARK_RUNNERS = 2;

export async function runPySparkExports(
  root: string,
  work: string,
  entries: CorpusEntry[],
  totals: Totals,
  groupSize: number,
  parallel = DEFAULT_PYSPARK_RUNNERS,
): Promise<string> {
  const started = Date.now();
  const exported = entries
    .filter((e) => !e.scalaOnly)
    .flatMap((e) => {
      const doc = prepare(e.doc, e.name, work, "py");
      try {
        const program = toPySpark(doc).code;
        return [{ ...e, doc, program, checkpoints: /^ssc\.checkpoint\(/m.test(program) }];
      } catch (err) {
        totals.add(
          "pyspark",
          e.name,
          exportFailure("pyspark", e, `export failed: ${err instanceof Error ? err.message : String(err)}`),
        );
        return [];
      }
    });
  const queue = groupEntries(exported, groupSize);
  // Several drivers, each with its own JVM, take groups from one queue: a PySpark batch is a chain of
  // hand-offs between processes (the JVM calls the driver back for every DStream, each job's tasks go to
  // Python workers), so on a loaded machine a driver mostly waits for its turn on a core; two overlap
  // those waits.
  const runners = Math.max(1, Math.min(parallel, queue.length));
  let done = 0;
  let version = "";
  await Promise.all(
    Array.from({ length: runners }, async (_, r) => {
      const spark = await startPySpark(root, join(work, r === 0 ? "py" : `py${r}`));
      version = spark.version;
      try {
        for (let group = queue.shift(); group; group = queue.shift()) {
          const { batches } = group[0];
          const batchMs = group[0].doc.batchIntervalMs;
          const runs = await spark.runGroup({
            programs: group.map((e) => ({ name: e.doc.name, program: e.program })),
            batches,
            batchMs,
          });
          for (const [i, e] of group.entries()) {
            const original = entries.find((x) => x.name === e.name)!;
            const engine = await runOnEngine(prepare(original.doc, e.name, work, "engine"), batches);
            totals.add(
              "pyspark",
              e.name,
              compareRuns(engine, runs[i], {
                target: "pyspark",
                pipeline: e.name,
                batches,
                batchMs,
                ordered: orderedOutputs(e.doc),
              }),
            );
          }
          done += group.length;
          totals.sparkCpuSeconds += runs.at(-1)?.cpuSeconds ?? 0;
          console.log(
            `pyspark ${done}/${exported.length}: ${group.length} programs in ${runs[0]?.seconds} s on driver ${r + 1} (${Math.round((Date.now() - started) / 1000)} s so far, Spark CPU ${Math.round(totals.sparkCpuSeconds)} s)`,
          );
        }
      } finally {
        await spark.stop();
      }
    }),
  );
  return version;
}
