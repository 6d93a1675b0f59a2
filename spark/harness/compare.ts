// Compares what Spark produced with what the engine produced for the same document and batches: per
// output operation and batch, the RDD's records as multisets (in order where Spark defines it), what
// print() printed, and what saveAsTextFiles wrote.
import { sortedAt } from "./canon";
import type { EngineRun, OutputRecords } from "./engineRun";
import { groupsSorted } from "./scalaText";
import type { SparkRun } from "./sparkProcess";

export type Target = "pyspark" | "scala";

export interface Mismatch {
  target: Target;
  pipeline: string;
  /** The output node, or "*" when the whole run differs (an error, a missing output). */
  node: string;
  batch: number;
  what: "records" | "order" | "printed" | "files" | "error" | "outputs";
  engine: string[];
  spark: string[];
}

export interface Comparison {
  mismatches: Mismatch[];
  batches: number;
  /** Records compared and equal (both sides' RDDs, every output operation and batch). */
  records: number;
}

export interface CompareOptions {
  target: Target;
  pipeline: string;
  batches: number;
  batchMs: number;
  /** Output nodes whose records Spark orders (sortBy/sortByKey upstream): compared in order. */
  ordered?: ReadonlySet<string>;
}

const sorted = (xs: readonly string[]) => [...xs].sort();
const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export function compareRuns(engine: EngineRun, spark: SparkRun, o: CompareOptions): Comparison {
  const mismatches: Mismatch[] = [];
  const base = { target: o.target, pipeline: o.pipeline };
  const result = (): Comparison => ({ mismatches, batches: o.batches, records });
  let records = 0;
  if (engine.error || spark.error) {
    mismatches.push({
      ...base,
      node: "*",
      batch: firstMissing(spark.completedBatches, o),
      what: "error",
      engine: engine.error ? [engine.error] : ["(no error)"],
      spark: spark.error ? [spark.error.split("\n").slice(0, 6).join("\n")] : ["(no error)"],
    });
    return result();
  }
  if (engine.outputs.length !== spark.outputs.length) {
    mismatches.push({
      ...base,
      node: "*",
      batch: 0,
      what: "outputs",
      engine: engine.outputs.map((x) => x.kind),
      spark: spark.outputs.map((x) => x.kind),
    });
    return result();
  }
  engine.outputs.forEach((out, k) => {
    const theirs = spark.outputs[k];
    for (let i = 1; i <= o.batches; i++) {
      const t = i * o.batchMs;
      const mine = out.batches.get(t);
      const other = theirs.batches[String(t)];
      const push = (what: Mismatch["what"], e: string[], s: string[]) =>
        mismatches.push({ ...base, node: out.nodeId, batch: t, what, engine: e, spark: s });
      if (!mine || !other) {
        if (mine || other)
          push(
            "records",
            mine ? mine.records : ["(no RDD at this time)"],
            other ? other.records : ["(no RDD)"],
          );
        continue;
      }
      // The Scala runner returns Scala's toString of each record (a group's values in one order, as
      // canon() does), the PySpark runner canon().
      const ours = o.target === "scala" ? mine.text.map(groupsSorted) : mine.records;
      // PySpark's exports print a group as a list (in Spark's order): read as a bag where the engine's
      // records hold a group.
      const theirRecords =
        o.target === "scala"
          ? other.records.map(groupsSorted)
          : other.records.map((r) => sortedAt(r, mine.groupPaths));
      if (!same(sorted(ours), sorted(theirRecords))) {
        push("records", ours, theirRecords);
        continue;
      }
      if (o.ordered?.has(out.nodeId) && !same(ours, theirRecords)) {
        push("order", ours, theirRecords);
        continue;
      }
      const shown = checkShown(out, mine, other, o.target);
      if (shown) {
        push(shown.what, shown.engine, shown.spark);
        continue;
      }
      records += mine.records.length;
    }
  });
  return result();
}

function firstMissing(done: number[], o: CompareOptions): number {
  for (let i = 1; i <= o.batches; i++) if (!done.includes(i * o.batchMs)) return i * o.batchMs;
  return 0;
}

/** print() and saveAsTextFiles: the text shown must be the RDD's, as Spark shows it. */
function checkShown(
  out: OutputRecords,
  mine: NonNullable<ReturnType<OutputRecords["batches"]["get"]>>,
  other: SparkRun["outputs"][number]["batches"][string],
  target: Target,
): { what: Mismatch["what"]; engine: string[]; spark: string[] } | undefined {
  if (out.kind === "print" && mine.printed && other.lines) {
    const theirs = printedRecordLines(other.lines);
    // PySpark prints Python's str() of a record, the engine Scala's toString: count and "..." only.
    // Scala: the lines must be records of the batch as Scala's toString shows them (the records, which
    // were compared with the engine's, are that text but for arrays and case classes).
    const comparable =
      (target === "pyspark" ||
        subsetOf(
          theirs.filter((l) => l !== "...").map(groupsSorted),
          (other.shown ?? other.records).map(groupsSorted),
        )) &&
      theirs.length === mine.printed.length &&
      (theirs.at(-1) === "...") === (mine.printed.at(-1) === "...");
    if (!comparable) return { what: "printed", engine: mine.printed, spark: theirs };
  }
  if (out.kind === "saveAsTextFiles" && other.files) {
    const ok =
      target === "scala"
        ? same(sorted(other.files.map(groupsSorted)), sorted(mine.text.map(groupsSorted)))
        : other.files.length === mine.text.length;
    if (!ok) return { what: "files", engine: mine.text, spark: other.files };
  }
  return undefined;
}

/** The record lines of one print() block: after the three header lines, up to the blank line. */
export function printedRecordLines(lines: string[]): string[] {
  const start = lines.findIndex((l) => l.startsWith("Time: "));
  const body = lines.slice(start + 2);
  const end = body.indexOf("");
  return end < 0 ? body : body.slice(0, end);
}

function subsetOf(part: string[], whole: string[]): boolean {
  const counts = new Map<string, number>();
  for (const w of whole) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const p of part) {
    const n = counts.get(p) ?? 0;
    if (n === 0) return false;
    counts.set(p, n - 1);
  }
  return true;
}
