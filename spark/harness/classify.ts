// A first guess at a new mismatch's class for --update-known (a person then checks the reason).
import { getKind } from "../../engine/graph/catalog";
import type { Mismatch } from "./compare";

export function classify(m: Mismatch): string {
  const spark = m.spark.join("\n");
  const direct = !m.pipeline.includes("(queued)");
  if (direct && /socket-word-count|kind\/textLines/.test(m.pipeline)) return "socket-source-empty";
  if (
    direct &&
    /^gallery\/|kind\/(randomWords|sensorReadings|clickStream)$/.test(m.pipeline) &&
    m.what !== "error"
  )
    return "generated-source-standin";
  if (m.what === "error") {
    if (/export failed/.test(spark)) return "export-fails";
    if (/NotImplementedError/.test(spark)) return "pyspark-fails-on-spark";
    if (/scalac error/.test(spark) && /missing parameter type/.test(spark)) return "scala-state-value-type";
    if (/scalac error/.test(spark)) return "scala-does-not-compile";
    if (/Cannot change storage level/.test(spark)) return "pyspark-empty-sortByKey-storage-level";
    if (/TimeoutError|did not complete/.test(spark)) return "batch-timeout";
    const exception = /(\w+Error|\w+Exception)/.exec(spark);
    return `spark-error-${exception ? exception[1] : "other"}`;
  }
  if (m.what === "printed") return "print-format";
  if (m.target === "pyspark" && /groupByKeyAndWindow/.test(m.pipeline) && sameGroups(m))
    return "group-value-order";
  if (m.target === "pyspark" && /reduceByKeyAndWindow-inv/.test(m.pipeline))
    return "pyspark-small-window-recompute";
  if (m.what === "files") return "saved-text-format";
  if (m.what === "order") return "order";
  const floats = m.spark.some((s) => /\d\.0\b/.test(s)) && !m.engine.some((s) => /\d\.0\b/.test(s));
  if (floats) return "integral-float";
  return "records";
}

export function isGeneratedSource(kind: string): boolean {
  return getKind(kind)?.category === "source" && kind !== "queueStream" && kind !== "staticTable";
}

/** The same keys with the same values per key, in another order inside a group. */
function sameGroups(m: Mismatch): boolean {
  const canonical = (xs: string[]) =>
    xs
      .map((x) => {
        const [k, vs] = JSON.parse(x) as [unknown, unknown[]];
        return JSON.stringify([k, Array.isArray(vs) ? vs.map((v) => JSON.stringify(v)).sort() : vs]);
      })
      .sort()
      .join("\n");
  try {
    return canonical(m.engine) === canonical(m.spark);
  } catch {
    return false;
  }
}
