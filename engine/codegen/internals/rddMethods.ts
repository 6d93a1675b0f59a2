// Which expressions inside a user function are RDDs (so `.map`/`.join` stay RDD calls in every target).
import type { Expr } from "./jsExpr";

/** RDD methods that return an RDD: the same names in JavaScript, Python and Scala. */
export const RDD_TO_RDD = new Set([
  "map",
  "flatMap",
  "filter",
  "mapPartitions",
  "union",
  "distinct",
  "reduceByKey",
  "groupByKey",
  "join",
  "leftOuterJoin",
  "rightOuterJoin",
  "fullOuterJoin",
  "cogroup",
  "sortBy",
  "sortByKey",
  "keys",
  "values",
  "mapValues",
  "flatMapValues",
  "glom",
  "repartition",
  "coalesce",
  "parallelize",
]);

export function isRddExpr(e: Expr, rdds: Set<string>): boolean {
  if (e.type === "id") return rdds.has(e.name);
  if (e.type === "call" && e.callee.type === "member") {
    const { object, prop } = e.callee;
    if (prop === "parallelize") return true;
    return RDD_TO_RDD.has(prop) && isRddExpr(object, rdds);
  }
  return false;
}
