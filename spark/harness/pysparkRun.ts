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

export async function runPySparkExports(
  root: string,
  work: string,
  entries: CorpusEntry[],
  totals: Totals,
  groupSize: number,
): Promise<string> {
  const started = Date.now();
  const spark = await startPySpark(root, join(work, "py"));
  try {
    const exported = entries
      .filter((e) => !e.scalaOnly)
      .flatMap((e) => {
        const doc = prepare(e.doc, e.name, work, "py");
        try {
          return [{ ...e, doc, program: toPySpark(doc).code }];
        } catch (err) {
          totals.add("pyspark", e.name, exportFailure("pyspark", e, `export failed: ${err instanceof Error ? err.message : String(err)}`));
          return [];
        }
      });
    let done = 0;
    for (const group of groupEntries(exported, groupSize)) {
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
      totals.sparkCpuSeconds = runs[0]?.cpuSeconds ?? totals.sparkCpuSeconds;
      console.log(
        `pyspark ${done}/${exported.length}: ${group.length} programs in ${runs[0]?.seconds} s (${Math.round((Date.now() - started) / 1000)} s so far, Spark CPU ${totals.sparkCpuSeconds} s)`,
      );
    }
  } finally {
    await spark.stop();
  }
  return spark.version;
}
