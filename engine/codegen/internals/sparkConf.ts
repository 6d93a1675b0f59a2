// The Spark properties an exported PySpark / Scala program sets on its SparkConf: only those whose
// value in the document differs from Spark's default, so a default pipeline exports as the guide writes it.
import { DEFAULT_BLOCK_INTERVAL_MS, type PipelineDocument } from "../../graph/types";
import { blockIntervalOf } from "../../graph/validateBlockInterval";

/** [key, value] pairs, values in Spark's string form (e.g. "100ms"). */
export function sparkConfEntries(doc: PipelineDocument): [string, string][] {
  const block = blockIntervalOf(doc);
  return block === DEFAULT_BLOCK_INTERVAL_MS ? [] : [["spark.streaming.blockInterval", `${block}ms`]];
}

/** `.set("k", "v")` calls, chained on a SparkConf (the same text in Python and Scala). */
export function confSetCalls(entries: readonly [string, string][]): string {
  return entries.map(([k, v]) => `.set(${JSON.stringify(k)}, ${JSON.stringify(v)})`).join("");
}
