// What saveAsTextFiles wrote, read back from disk after a run, for the runners that do not read it
// themselves (the Scala runner; the PySpark runner reads its own in python/runner.py): per batch, the
// lines of the part files of "<prefix>-<time ms>[.<suffix>]", as Spark names them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { PipelineDocument } from "../../engine/graph/types";
import { outputNodes } from "./engineRun";
import type { SparkRun } from "./sparkProcess";

export function savedLines(prefix: string, suffix: string, timeMs: number): string[] | undefined {
  const dir = `${prefix}-${timeMs}${suffix ? `.${suffix}` : ""}`;
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .filter((f) => f.startsWith("part-"))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), "utf8").split("\n").slice(0, -1));
}

/** Adds each saveAsTextFiles output's files to the run (the outputs are in the export's order). */
export function attachSavedFiles(doc: PipelineDocument, run: SparkRun): void {
  outputNodes(doc).forEach((node, k) => {
    const output = run.outputs[k];
    if (node.kind !== "saveAsTextFiles" || !output) return;
    for (const t of run.completedBatches) {
      const lines = savedLines(String(node.params.prefix), String(node.params.suffix ?? ""), t);
      if (lines === undefined) continue;
      output.batches[String(t)] ??= { records: [] };
      output.batches[String(t)].files = lines;
    }
  });
}
